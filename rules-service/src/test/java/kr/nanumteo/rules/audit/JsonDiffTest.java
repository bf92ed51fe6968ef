package kr.nanumteo.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Where two answers differ, as replay and the comparisons report it. */
class JsonDiffTest {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static List<String> diff(String left, String right, String... ignore) {
        return JsonDiff.diff(JSON.readTree(left), JSON.readTree(right), Set.of(ignore)).stream()
                .map(d -> d.path() + ": " + d.left() + " -> " + d.right()).toList();
    }

    @Test
    void aNumberIsItsValueWhateverItsForm() {
        assertThat(diff("{\"a\": 8, \"b\": 100, \"c\": 0.5}", "{\"a\": 8.0, \"b\": 1E+2, \"c\": 0.50}")).isEmpty();
        assertThat(diff("{\"a\": 8}", "{\"a\": 8.01}")).containsExactly("a: 8 -> 8.01");
        assertThat(diff("{\"a\": 8}", "{\"a\": \"8\"}")).containsExactly("a: 8 -> \"8\"");
    }

    @Test
    void anIgnoredFieldIsNotLookedIntoAtAnyDepth() {
        assertThat(diff("{\"reasons\": [1], \"g\": [{\"reasons\": \"x\", \"o\": \"A\"}]}", "{\"reasons\": [2], \"g\": [{\"reasons\": \"y\", \"o\": \"B\"}]}",
                "reasons")).containsExactly("g[0].o: \"A\" -> \"B\"");
    }

    @Test
    void aFieldOrElementThatIsOnOneSideOnlyIsAbsentOnTheOther() {
        assertThat(diff("{\"a\": 1}", "{\"a\": 1, \"b\": {\"c\": true}}")).containsExactly("b: null -> {\"c\":true}");
        assertThat(diff("{\"a\": 1, \"b\": null}", "{\"a\": 1}")).containsExactly("b: null -> null");
        assertThat(diff("{\"g\": [{\"o\": \"A\"}, {\"o\": \"B\"}]}", "{\"g\": [{\"o\": \"B\"}]}")).containsExactly("g[0]: {\"o\":\"A\"} -> null");
        assertThat(diff("{\"g\": [1, 2]}", "{\"g\": [1, 2, 3]}")).containsExactly("g[2]: null -> 3");
    }

    @Test
    void aChangeInsideAnElementNamesTheElementsFieldAndOddNamesSurvive() {
        assertThat(diff("{\"g\": [{\"o\": \"A\", \"n\": 1}, {\"o\": \"A\"}]}", "{\"g\": [{\"o\": \"A\", \"n\": 2}, {\"o\": \"A\"}]}"))
                .containsExactly("g[0].n: 1 -> 2");
        assertThat(diff("{\"a/b\": {\"~1\": 1}}", "{\"a/b\": {\"~1\": 2}}")).containsExactly("a/b.~1: 1 -> 2");
        assertThat(diff("[1]", "{\"a\": 1}")).containsExactly(": [1] -> {\"a\":1}");
    }

    @Test
    void arraysOfOneLengthLineUpByPositionAndAVeryLongOneAlways() {
        // the second applicant became the first: by position both changed, as the answers to one request say
        assertThat(diff("{\"a\": [\"X\", \"Y\"]}", "{\"a\": [\"Y\", \"X\"]}")).containsExactly("a[0]: \"X\" -> \"Y\"", "a[1]: \"Y\" -> \"X\"");
        StringBuilder left = new StringBuilder("[0");
        for (int i = 1; i <= JsonDiff.LIST_EDITS_UP_TO; i++) {
            left.append(',').append(i);
        }
        String right = "[" + left.substring(3) + "]"; // the first element gone, one element shorter
        assertThat(diff(left + "]", right)).as("beyond the list limit, by position").hasSize(JsonDiff.LIST_EDITS_UP_TO + 1);
        assertThat(diff("[0,1,2]", "[1,2]")).as("within it, as a list edit").containsExactly("[0]: 0 -> null");
    }

    @Test
    void theValuesAreJackson3NodesWithExactDecimals() {
        JsonDiff.Difference d = JsonDiff.diff(JSON.readTree("{\"amount\": 360000.10}"), JSON.readTree("{\"amount\": 600000}"), Set.of()).get(0);
        JsonNode left = d.left();
        assertThat(left.isNumber()).isTrue();
        assertThat(left.decimalValue()).isEqualByComparingTo("360000.1");
        assertThat(d.right().decimalValue()).isEqualByComparingTo("600000");
    }
}
