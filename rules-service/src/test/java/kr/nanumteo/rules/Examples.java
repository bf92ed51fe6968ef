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

    /** The centre budget example of api-docs/openapi.yaml: a centre in 도봉구 (Seoul), 2024. */
    public static final String CENTRE_BUDGET = """
            {
              "centreId": "dobong-nanumteo-01",
              "year": 2024,
              "rulePack": null,
              "region": { "sido": "SEOUL", "sigungu": "도봉구" },
              "centre": { "type": "GENERAL", "nationallyFunded": true, "openedIn": 2019, "operatorCentresInSigungu": 1 },
              "plan": {
                "dedicatedStaff": 33000000,
                "assistantStaff": { "amount": 10000000, "monthsEmployed": 10 },
                "project": 7912000,
                "operating": 4000000,
                "assets": [
                  { "item": "공기청정기", "unitPrice": 750000, "quantity": 2 },
                  { "item": "보드게임 세트", "unitPrice": 40000, "quantity": 5 }
                ],
                "volunteers": [ { "personDays": 60, "dailyAllowance": 20000 } ],
                "assistantLeftover": [ { "amount": 300000, "to": "PROJECT" } ]
              }
            }""";

    /** The pooled budget example of api-docs/openapi.yaml: an operator's centres in 노원구, 2024, and one in 도봉구. */
    public static final String POOLED_BUDGET = """
            {
              "operatorId": "nowon-family-centre",
              "year": 2024,
              "rulePack": null,
              "region": { "sido": "SEOUL", "sigungu": "노원구" },
              "centres": [
                { "centreId": "nowon-a", "operatorId": "nowon-family-centre", "region": { "sido": "SEOUL", "sigungu": "노원구" },
                  "type": "GENERAL", "nationallyFunded": true, "openedIn": 2018, "dedicatedWorkerAlwaysOnSite": true, "pumasiGroups": 7 },
                { "centreId": "nowon-b", "operatorId": "nowon-family-centre", "region": { "sido": "SEOUL", "sigungu": "노원구" },
                  "type": "GENERAL", "nationallyFunded": true, "openedIn": 2021, "dedicatedWorkerAlwaysOnSite": true, "pumasiGroups": 5 },
                { "centreId": "dobong-c", "operatorId": "nowon-family-centre", "region": { "sido": "SEOUL", "sigungu": "도봉구" },
                  "type": "GENERAL", "nationallyFunded": true, "openedIn": 2020, "dedicatedWorkerAlwaysOnSite": true, "pumasiGroups": 9 }
              ],
              "plan": {
                "dedicatedStaff": 66000000,
                "assistantStaff": { "amount": 18000000, "monthsEmployed": 9 },
                "project": 17424000,
                "operating": 8000000,
                "assets": [ { "item": "유아용 놀이매트", "unitPrice": 1000000, "quantity": 4 } ],
                "volunteers": [ { "personDays": 150, "dailyAllowance": 20000 } ],
                "assistantLeftover": [ { "amount": 1000000, "to": "OPERATING" } ]
              }
            }""";

    /**
     * A centre inspected in 2024 that applied in 2020: 64 m² of exclusive area in 80 m² (office and toilets
     * apart from it), inside toilets not separate by sex, CCTV footage kept 59 days — three standards not met
     * under 2024, one under 2023. It says nothing of insurance, safety checks and the like: those are not judged.
     */
    public static final String CENTRE_STANDARDS = """
            {
              "centreId": "incheon-seo-11",
              "asOf": "2024-04-15",
              "centreType": "GENERAL",
              "appliedYear": 2020,
              "space": { "floorArea": 80, "exclusiveArea": 64, "playRoom": true, "programmeRoom": true, "office": true,
                         "toilets": { "location": "INSIDE", "separateBySex": false }, "emergencyFacilities": true,
                         "ancillarySpaceSecured": true },
              "staff": { "dedicated": 1, "dedicatedOnSiteAlways": true, "assistantMonths": 10 },
              "delegation": { "delegated": false },
              "operation": { "openDaysPerWeek": 5, "openHoursPerWeek": 40, "programmesPerWeek": 2,
                             "committeeMeetingsPerQuarter": 1, "pumasiGroups": 10 },
              "cctv": { "cameras": 1, "megapixels": 1.3, "storageDays": 59 }
            }""";

    private Examples() {
    }
}
