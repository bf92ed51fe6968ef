package kr.nanumteo.rules.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Each cell reads back as what was written, a formula's apostrophe aside, by a CSV reader nobody here wrote. */
class DecisionCsvTest {

    @Test
    void everyCellReadsBackWithACsvReaderAndAFormulaKeepsItsApostrophe() throws IOException {
        List<String> values = List.of("intake-2024-000123", "보호자 2명, 둘 다 \"근로\"", "줄\r\n바꿈", " 앞뒤 공백 ", "#주석 아님", "=1+2", "-5",
                "@SUM(1;2)", "\t=1+2", "", "끝에 따옴표\"");
        String row = String.join(",", values.stream().map(DecisionCsv::field).toList()) + "\r\n";
        try (CSVParser parser = CSVFormat.RFC4180.parse(new java.io.StringReader(row))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(1);
            List<String> read = records.get(0).toList();
            assertThat(read).hasSize(values.size());
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                boolean formula = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0;
                assertThat(read.get(i)).as(v).isEqualTo(formula ? "'" + v : v);
            }
        }
    }
}
