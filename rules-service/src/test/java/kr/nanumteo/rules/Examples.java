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

    private Examples() {
    }
}
