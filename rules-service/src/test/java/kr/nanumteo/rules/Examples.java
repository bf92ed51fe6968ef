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

    /**
     * A centre inspected in 2024 that applied in 2020: 64 m² of exclusive area in 80 m², inside toilets not
     * separate by sex, CCTV footage kept 59 days — three standards not met under 2024, one under 2023.
     */
    public static final String CENTRE_STANDARDS = """
            {
              "centreId": "incheon-seo-11",
              "asOf": "2024-04-15",
              "centreType": "GENERAL",
              "appliedYear": 2020,
              "space": { "floorArea": 80, "exclusiveArea": 64, "playRoom": true, "programmeRoom": true, "office": true,
                         "toilets": { "location": "INSIDE", "separateBySex": false }, "emergencyFacilities": true },
              "staff": { "dedicated": 1, "dedicatedOnSiteAlways": true, "assistantMonths": 10 },
              "delegation": { "delegated": false },
              "operation": { "openDaysPerWeek": 5, "openHoursPerWeek": 40, "programmesPerWeek": 2,
                             "committeeMeetingsPerQuarter": 1, "pumasiGroups": 10 },
              "cctv": { "cameras": 1, "megapixels": 1.3, "storageDays": 59 }
            }""";

    private Examples() {
    }
}
