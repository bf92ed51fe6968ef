package kr.nanumteo.rules;

/** Requests the tests share. */
public final class Examples {

    /** The request of API.md, word for word. */
    public static final String DUAL_INCOME = """
            {
              "applicationId": "intake-2024-000123",
              "asOf": "2024-03-04",
              "rulePack": null,
              "singleParent": false,
              "guardians": [
                { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8.0, "monthlyDays": 21, "shift": "DAY",
                  "weeklyHours": null, "registeredHolder": true, "businessRegisteredOn": null,
                  "jobSeekingRegisteredOn": null, "salesRecordsMatch": null, "documents": ["EMPLOYMENT_CERTIFICATE"] },
                { "relation": "FATHER", "activity": "SELF_EMPLOYED", "dailyHours": 9, "monthlyDays": 22, "shift": "DAY",
                  "businessRegisteredOn": "2020-05-01", "documents": ["BUSINESS_REGISTRATION"] }
              ]
            }""";

    /** The pumasi subsidy example of api-docs/openapi.yaml: two groups in 2024, one 30% dual-income. */
    public static final String PUMASI_SUBSIDY = """
            {
              "centreId": "dobong-nanumteo-01",
              "year": 2024,
              "rulePack": null,
              "centreType": "GENERAL",
              "supportPeriodMonths": null,
              "groups": [
                {
                  "groupId": "햇살반",
                  "formedOn": "2023-03-02",
                  "households": 10,
                  "dualIncomeHouseholds": 3,
                  "plannedMonths": [3, 4],
                  "expenses": [
                    { "month": 3, "category": "MATERIALS", "amount": 38000, "unitPrice": null },
                    { "month": 3, "category": "SNACKS", "amount": 15000, "unitPrice": null },
                    { "month": 4, "category": "DURABLE_GOODS", "amount": 120000, "unitPrice": 120000 }
                  ]
                },
                {
                  "groupId": "숲놀이반",
                  "formedOn": "2024-02-10",
                  "households": 6,
                  "dualIncomeHouseholds": 1,
                  "plannedMonths": [3],
                  "expenses": [
                    { "month": 3, "category": "EXPERIENCE_FEE", "amount": 25000, "unitPrice": 5000 },
                    { "month": 5, "category": "OTHER_ACTIVITY_COST", "amount": 10000 }
                  ]
                }
              ]
            }""";

    private Examples() {
    }
}
