package kr.nanumteo.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Particles written with both forms read as Korean once the word before them is known. */
class KoreanParticlesTest {

    @Test
    void eachParticleTakesTheFormOfTheSyllableBeforeIt() {
        assertThat(KoreanParticles.resolve("장난감은(는)")).isEqualTo("장난감은");
        assertThat(KoreanParticles.resolve("공기청정기은(는)")).isEqualTo("공기청정기는");
        assertThat(KoreanParticles.resolve("보드게임이(가)")).isEqualTo("보드게임이");
        assertThat(KoreanParticles.resolve("소화기이(가)")).isEqualTo("소화기가");
        assertThat(KoreanParticles.resolve("매트을(를)")).isEqualTo("매트를");
        assertThat(KoreanParticles.resolve("책장을(를)")).isEqualTo("책장을");
        assertThat(KoreanParticles.resolve("도봉구와(과)")).isEqualTo("도봉구와");
        assertThat(KoreanParticles.resolve("서울 중구와(과) 부산 수영구와(과) 노원과(와)")).isEqualTo("서울 중구와 부산 수영구와 노원과");
    }

    @Test
    void theDirectionParticleTakesRoAfterAVowelOrRieulAndEuroAfterAnyOtherConsonant() {
        assertThat(KoreanParticles.resolve("운영비(으)로만")).isEqualTo("운영비로만");
        assertThat(KoreanParticles.resolve("사업비 또는 운영비(으)로만 전용할 수 있어 전담인력 인건비(으)로 옮길 수 없습니다"))
                .isEqualTo("사업비 또는 운영비로만 전용할 수 있어 전담인력 인건비로 옮길 수 없습니다");
        assertThat(KoreanParticles.resolve("자원봉사자 수당(으)로")).isEqualTo("자원봉사자 수당으로");
        assertThat(KoreanParticles.resolve("서울(으)로")).isEqualTo("서울로");
        assertThat(KoreanParticles.resolve("부산 수영구(으)로")).isEqualTo("부산 수영구로");
    }

    @Test
    void aClosingParentheticalOrQuoteIsSkippedToTheWordItFollows() {
        assertThat(KoreanParticles.resolve("공기청정기(단가 750,000원)은(는)")).isEqualTo("공기청정기(단가 750,000원)는");
        assertThat(KoreanParticles.resolve("장난감(단가 10,000원)은(는)")).isEqualTo("장난감(단가 10,000원)은");
        assertThat(KoreanParticles.resolve("소독기(연번 4(장난감 소독기))이(가)")).isEqualTo("소독기(연번 4(장난감 소독기))가");
        assertThat(KoreanParticles.resolve("'매트'을(를)")).isEqualTo("'매트'를");
        assertThat(KoreanParticles.resolve("“수유 시설”이(가)")).isEqualTo("“수유 시설”이");
    }

    @Test
    void numbersAreReadAsKoreanReadsThem() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("0", "0은"), Map.entry("1", "1은"), Map.entry("2", "2는"), Map.entry("3", "3은"),
                Map.entry("4", "4는"), Map.entry("5", "5는"), Map.entry("6", "6은"), Map.entry("7", "7은"),
                Map.entry("8", "8은"), Map.entry("9", "9는"), Map.entry("10", "10은"), Map.entry("20", "20은"),
                Map.entry("100", "100은"), Map.entry("1,000", "1,000은"), Map.entry("10,000", "10,000은"),
                Map.entry("56,712,000", "56,712,000은"), Map.entry("1.3", "1.3은"), Map.entry("4.5", "4.5는"),
                Map.entry("0.0", "0.0은"), Map.entry("1000000000000", "1000000000000는"),
                Map.entry("10000000000000000", "10000000000000000은"));
        cases.forEach((number, expected) -> assertThat(KoreanParticles.resolve(number + "은(는)")).as(number).isEqualTo(expected));
        assertThat(KoreanParticles.resolve("규칙 CS-12이(가)")).isEqualTo("규칙 CS-12가");
        assertThat(KoreanParticles.resolve("규칙 CS-10이(가)")).isEqualTo("규칙 CS-10이");
        assertThat(KoreanParticles.resolve("3(으)로")).isEqualTo("3으로");
        assertThat(KoreanParticles.resolve("1(으)로")).isEqualTo("1로");
    }

    @Test
    void latinLettersAreReadByTheirNames() {
        assertThat(KoreanParticles.resolve("CCTV은(는)")).isEqualTo("CCTV는");
        assertThat(KoreanParticles.resolve("규칙 팩 nanumteo-2024 2024.1.0이(가)")).isEqualTo("규칙 팩 nanumteo-2024 2024.1.0이");
        assertThat(KoreanParticles.resolve("DUAL_INCOME_CARE_HOURS은(는)")).isEqualTo("DUAL_INCOME_CARE_HOURS는");
        assertThat(KoreanParticles.resolve("130만 화소 CCTV 1대 ON이(가)")).isEqualTo("130만 화소 CCTV 1대 ON이");
        assertThat(KoreanParticles.resolve("URL(으)로")).isEqualTo("URL로");
        assertThat(KoreanParticles.resolve("ITEM(으)로")).isEqualTo("ITEM으로");
    }

    @Test
    void aMarkerAfterASoundThatCannotBeToldIsLeftAsWritten() {
        assertThat(KoreanParticles.resolve("★은(는)")).isEqualTo("★은(는)");
        assertThat(KoreanParticles.resolve("은(는) 처음")).isEqualTo("은(는) 처음");
        assertThat(KoreanParticles.resolve("괄호만)이(가)")).isEqualTo("괄호만)이(가)");
    }

    @Test
    void textWithoutMarkersIsUnchanged() {
        String plain = "전용면적 66㎡는 최소 면적기준이므로 (부속 공간) 은 별도로";
        assertThat(KoreanParticles.hasMarker(plain)).isFalse();
        assertThat(KoreanParticles.resolve(plain)).isEqualTo(plain);
    }

    @Test
    void aTemplateResolvesItsOwnTextAgainstTheValuesFilledInButLeavesTheValuesAlone() {
        MessageTemplate t = MessageTemplate.parse("{$item}(단가 {$price}원)은(는) 자산입니다. {$to}(으)로 옮깁니다");
        Map<String, Object> values = Map.of("$item", "공기청정기", "$price", 750_000L, "$to", "사업비");
        assertThat(t.render(values::get)).isEqualTo("공기청정기(단가 750,000원)는 자산입니다. 사업비로 옮깁니다");
        Map<String, Object> other = Map.of("$item", "장난감 소독기(은(는))", "$price", 600_000L, "$to", "전담인력 인건비");
        assertThat(t.render(other::get)).isEqualTo("장난감 소독기(은(는))(단가 600,000원)는 자산입니다. 전담인력 인건비로 옮깁니다");
        assertThat(MessageTemplate.parse("시설이(가) 없습니다").render(k -> null)).isEqualTo("시설이 없습니다");
    }
}
