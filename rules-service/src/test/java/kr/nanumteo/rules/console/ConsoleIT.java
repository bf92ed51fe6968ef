package kr.nanumteo.rules.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import kr.nanumteo.rules.Credentials;
import kr.nanumteo.rules.Examples;
import kr.nanumteo.rules.Instance;
import kr.nanumteo.rules.OwnSchema;
import kr.nanumteo.rules.PostgresRequired;
import kr.nanumteo.rules.admin.PackDrafts;

/**
 * The console in a real browser — Debian's headless Chromium driven through Debian's chromedriver by Selenium —
 * against one whole service on the real PostgreSQL, walked as each role walks it: the intake account refused,
 * policy staff finding a pack, comparing two, drafting next year's pack, changing a parameter, reading the check,
 * submitting it and having a second account approve it, auditors searching the log, opening a decision, replaying
 * it, comparing two packs over a file of cases and verifying the log. Forms are found by their labels and filled
 * from the keyboard. Every page's screenshot is written under target/console-screenshots/ for review.
 *
 * <p>The build installs the browser when it is missing (src/test/browser/install-chromium.sh); without it this
 * test fails, it never skips.
 */
@ExtendWith(PostgresRequired.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    static final String SCHEMA = OwnSchema.name("console");
    static final Path SHOTS = Path.of("target", "console-screenshots");
    static final String APPLICATION = "console-it-" + UUID.randomUUID().toString().substring(0, 8);

    static Instance service;
    static ChromeDriver browser;
    static String base;
    static int shots;

    @BeforeAll
    static void start() throws Exception {
        assertThat(new File("/usr/bin/chromium").canExecute()).as("Debian's chromium (the build installs it)").isTrue();
        assertThat(new File("/usr/bin/chromedriver").canExecute()).as("Debian's chromium-driver (the build installs it)").isTrue();
        Instance.dropSchema(SCHEMA);
        service = Instance.start(SCHEMA, Map.of());
        base = "http://127.0.0.1:" + service.port;
        Files.createDirectories(SHOTS);
        try (var old = Files.list(SHOTS)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--lang=ko-KR", "--no-first-run", "--disable-extensions");
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void theIntakeAccountSeesNoneOfTheConsole() {
        login("intake", "intake-test-secret");
        assertThat(heading()).isEqualTo("권한이 없습니다");
        shot("intake-refused");
        browser.get(base + "/console/decisions");
        assertThat(heading()).isEqualTo("권한이 없습니다");
        browser.get(base + "/console/rule-packs");
        assertThat(heading()).isEqualTo("권한이 없습니다");
    }

    @Test
    @Order(2)
    void policyStaffFindAPackReadItAndPutTwoSideBySide() {
        login("policy", "policy-test-secret");
        assertThat(heading()).isEqualTo("무엇을 하시겠습니까?");
        shot("policy-home");

        click(By.linkText("규칙 팩"));
        assertThat(heading()).isEqualTo("규칙 팩과 시행 기간");
        assertThat(text(".timeline")).contains("nanumteo-2023", "nanumteo-2024", "운영 중");
        shot("policy-rule-packs");

        click(By.cssSelector(".timeline a[href*='nanumteo-2024']"));
        assertThat(heading()).startsWith("nanumteo-2024");
        assertThat(text("table.parameters")).contains("budget.standardPerCentre", "56,712,000원", "(56,712천원)", "원/개소·년");
        assertThat(text("main")).contains("맞벌이가구 판정 (dual-income)", "DI-04", "2024 사업안내", "해석", "README");
        assertThat(text("pre.readme")).isNotBlank();
        shot("policy-pack-2024");

        click(By.linkText("팩 비교"));
        assertThat(field("왼쪽 팩").getDomProperty("value")).startsWith("nanumteo-2023@");
        assertThat(field("오른쪽 팩").getDomProperty("value")).startsWith("nanumteo-2024@");
        click(By.id("compare"));
        assertThat(text("section.compare")).contains("nanumteo-2023", "nanumteo-2024", "다른 파라미터", "다른 규칙", "다른 해석");
        assertThat(browser.findElements(By.cssSelector("section.compare table.side-by-side tbody tr"))).isNotEmpty();
        shot("policy-compare-2023-2024");
    }

    @Test
    @Order(3)
    void policyStaffDraftNextYearChangeAParameterReadTheCheckAndASecondAccountApproves() throws Exception {
        // decisions the check re-decides: 21 working days a month, enough under 2024's 20, not under 22
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = service.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE, DAYS_21_IN_2024);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        login("policy", "policy-test-secret");
        click(By.linkText("초안"));
        assertThat(field("바탕이 될 팩").getDomProperty("value")).isEqualTo("nanumteo-2024");
        assertThat(field("새 팩의 연도").getDomProperty("value")).isEqualTo("2025");
        shot("policy-drafts");
        click(By.id("create-draft"));
        assertThat(heading()).startsWith("초안 nanumteo-2025");
        UUID draft = UUID.fromString(browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1));
        shot("policy-draft");

        click(By.id("edit-dualIncome.work.minMonthlyDays"));
        assertThat(heading()).contains("dualIncome.work.minMonthlyDays");
        int changes = service.bean(PackDrafts.class).get(draft).changes().size();
        // a value written with its unit is refused in Korean, and nothing is written
        fillByKeyboard(Map.of("새 값", "22일", "바꾸는 까닭", "월 근로일수 하한을 22일로"));
        assertThat(heading()).isEqualTo("입력 값이 올바르지 않습니다");
        assertThat(text(".error")).contains("숫자만 적어 주세요", "아무것도 바뀌지 않았습니다");
        shot("policy-parameter-refused");
        assertThat(service.bean(PackDrafts.class).get(draft).changes()).hasSize(changes);

        browser.get(base + "/console/drafts/" + draft + "/parameters/dualIncome.work.minMonthlyDays");
        shot("policy-parameter-form");
        fillByKeyboard(Map.of("새 값", "22", "근거", "2025 사업안내 4-나 ※맞벌이가구 증빙서류 1 (월 22일 이상 근로)",
                "바꾸는 까닭", "월 근로일수 하한을 22일로"));
        assertThat(text(".notice")).contains("dualIncome.work.minMonthlyDays");
        assertThat(text("table.parameters")).contains("22일");
        PackDrafts.Change last = lastChange(draft);
        assertThat(last.what()).isEqualTo("parameter dualIncome.work.minMonthlyDays: 20 → 22");
        assertThat(last.reason()).isEqualTo("월 근로일수 하한을 22일로");
        assertThat(last.by()).isEqualTo("policy");

        click(By.id("check"));
        assertThat(heading()).startsWith("초안 점검");
        // the interpretation still says 월 20일: the check catches it, and says what the change does
        assertThat(text(".verdict")).contains("점검을 통과하지 못했습니다");
        assertThat(text("table.findings")).contains("오류", "dualIncome.work.minMonthlyDays");
        assertThat(text("figure.chart")).contains("맞벌이가구 판정");
        assertThat(text("section.report")).contains("기록된 결정에서 바뀌는 결과", "ELIGIBLE → NOT_ELIGIBLE", "DI-07",
                "이전 팩의 시나리오에서 바뀌는 결과");
        shot("policy-check-report");
        glimpse("check");

        // back to 20: the draft passes, is submitted, and only another policy account may approve it
        browser.get(base + "/console/drafts/" + draft + "/parameters/dualIncome.work.minMonthlyDays");
        fillByKeyboard(Map.of("새 값", "20", "근거", "2025 사업안내 4-나 ※맞벌이가구 증빙서류 1 (월 20일 이상 근로)", "바꾸는 까닭", "지침대로 되돌림"));
        click(By.id("submit"));
        assertThat(text(".notice")).contains("승인을 기다립니다");
        shot("policy-submitted");
        click(By.linkText("팩 보기"));
        assertThat(text("h1")).contains("nanumteo-2025", "승인 대기");
        click(By.id("approve"));
        assertThat(heading()).isEqualTo("자신이 제출한 팩은 승인할 수 없습니다");
        assertThat(text(".error")).contains("다른 정책 담당자가 승인해야");
        shot("policy-own-approval-refused");

        login("reviewer", "reviewer-test-secret");
        browser.get(base + "/console/rule-packs");
        assertThat(text(".timeline")).contains("nanumteo-2025", "승인 대기");
        click(By.cssSelector(".timeline a[href*='nanumteo-2025']"));
        shot("reviewer-pack-awaiting-approval");
        click(By.id("approve"));
        assertThat(text(".notice")).contains("게시되었습니다");
        shot("reviewer-approved");
        browser.get(base + "/console/rule-packs");
        assertThat(text("table.packs")).contains("nanumteo-2025");
        assertThat(text(".timeline a[href*='nanumteo-2025']")).contains("운영 중");
        shot("reviewer-rule-packs-2025-in-service");

        click(By.cssSelector(".timeline a[href*='nanumteo-2025']"));
        field("거두는 까닭").sendKeys("콘솔 시험을 마침");
        click(By.id("withdraw"));
        assertThat(text(".notice")).contains("거두었습니다");
        browser.get(base + "/console/rule-packs");
        assertThat(text(".timeline a[href*='nanumteo-2025']")).contains("거둠");

        // a file that is no zip of a pack: refused in Korean, and nothing is stored
        Path notAZip = Files.writeString(Files.createTempFile("not-a-pack", ".zip"), "이것은 zip 파일이 아닙니다");
        field("팩 zip 파일").sendKeys(notAZip.toAbsolutePath().toString());
        click(By.cssSelector("form[enctype='multipart/form-data'] button"));
        assertThat(heading()).isEqualTo("규칙 팩을 게시하지 않았습니다");
        shot("policy-upload-refused");
        Files.delete(notAZip);
    }

    @Test
    @Order(4)
    void auditorsSearchTheLogOpenADecisionReplayItCompareOverAFileAndVerifyTheLog() throws Exception {
        HttpResponse<String> made = service.postJson("/api/v1/eligibility/dual-income", Credentials.INTAKE,
                Examples.DUAL_INCOME.replace("intake-2024-000123", APPLICATION));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String decisionId = service.json(made).get("decisionId").asString();

        login("auditor", "auditor-test-secret");
        click(By.linkText("결정 기록"));
        fillByKeyboard(Map.of("신청 번호", APPLICATION));
        assertThat(browser.findElements(By.cssSelector("table.decisions tbody tr"))).hasSize(1);
        assertThat(text("table.decisions")).contains(APPLICATION, "NEEDS_DOCUMENTS", "nanumteo-2024");
        shot("auditor-decisions");

        String csv = browser.findElement(By.id("csv")).getDomProperty("href");
        assertThat(csv).contains("format=csv", "applicationId=" + APPLICATION);
        HttpResponse<String> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv))
                .header("Authorization", Credentials.AUDITOR).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("\uFEFFdecisionId,").contains(decisionId, APPLICATION).hasLineCount(2);

        browser.get(base + "/console/decisions?from=2024-13-01");
        assertThat(text(".error")).contains("from", "날짜(YYYY-MM-DD)가 아니거나");

        browser.get(base + "/console/decisions?applicationId=" + APPLICATION);
        click(By.cssSelector("table.decisions tbody a"));
        assertThat(heading()).contains(decisionId);
        assertThat(text("main")).contains("결정 전체", "보호자 1", "보호자 2", "DI-04", "하루 8시간 근로로 기준 8시간을 충족합니다",
                "2024 사업안내 4-나", "sha256", "\"applicationId\"");
        assertThat(browser.findElement(By.id("pack-link")).getDomProperty("href")).contains("/console/rule-packs/nanumteo-2024/");
        assertThat(browser.findElements(By.cssSelector("dl.facts .error"))).as("its pack is loaded with the same sha256: no refusal foretold").isEmpty();
        shot("auditor-decision");
        glimpse("decision");

        click(By.id("replay"));
        assertThat(text("#replay-result")).startsWith("IDENTICAL");
        shot("auditor-replay");

        click(By.linkText("사례 파일 비교"));
        Path cases = Files.createTempFile("cases", ".jsonl");
        Files.writeString(cases, String.join("\n", List.of(Examples.DUAL_INCOME.replace("\n", " "),
                DAYS_21_IN_2024.replace("\n", " "), "{\"asOf\": \"2024-03-04\"}")) + "\n");
        assertThat(field("결정 종류").getDomProperty("value")).isEqualTo("dual-income");
        field("사례 파일").sendKeys(cases.toAbsolutePath().toString());
        click(By.id("run-comparison"));
        assertThat(text("#comparison-summary")).contains("사례 2건", "읽을 수 없는 줄 1건");
        assertThat(text("section.report")).contains("nanumteo-2023", "nanumteo-2024", "결과의 이동", "3번째 줄");
        shot("auditor-comparison");
        Files.delete(cases);

        click(By.linkText("기록 검증"));
        assertThat(text("#verification-status")).startsWith("INTACT");
        shot("auditor-verification");
    }

    static final String DAYS_21_IN_2024 = """
            { "asOf": "2024-03-04", "singleParent": false, "guardians": [
              { "relation": "MOTHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 21, "shift": "DAY", "documents": ["LABOR_CONTRACT"] },
              { "relation": "FATHER", "activity": "EMPLOYED", "dailyHours": 8, "monthlyDays": 23, "shift": "DAY", "documents": ["LABOR_CONTRACT"] } ] }""";

    /** Signs in through the form from the keyboard: the name, Tab to the password, Enter. */
    static void login(String user, String password) {
        browser.get(base + "/console/login");
        browser.manage().deleteAllCookies();
        browser.get(base + "/console/login");
        WebElement name = field("아이디");
        name.sendKeys(user);
        name.sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getDomAttribute("id")).isEqualTo("password");
        WebElement page = browser.findElement(By.tagName("html"));
        focused.sendKeys(password, Keys.ENTER);
        awaitNewPage(page);
    }

    /** Types each value into the field its label names, then submits the form with Enter from the last one. */
    static void fillByKeyboard(Map<String, String> values) {
        WebElement last = null;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(values).entrySet()) {
            last = field(e.getKey());
            last.clear();
            last.sendKeys(e.getValue());
        }
        WebElement page = browser.findElement(By.tagName("html"));
        last.sendKeys(Keys.ENTER);
        awaitNewPage(page);
    }

    /** Clicks a button or link and waits for the page it leads to (a check or an approval takes a while). */
    static void click(By what) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        awaitNewPage(page);
    }

    static void awaitNewPage(WebElement old) {
        await(() -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return browser.findElements(By.tagName("h1")).size() > 0;
            }
        });
    }

    /** The form control a label names: every field the tests fill is found through its label. */
    static WebElement field(String label) {
        WebElement l = browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
        String id = l.getDomAttribute("for");
        assertThat(id).as("label " + label + " names its field").isNotBlank();
        return browser.findElement(By.id(id));
    }

    static String heading() {
        return browser.findElement(By.tagName("h1")).getText().strip();
    }

    static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    static PackDrafts.Change lastChange(UUID draft) {
        List<PackDrafts.Change> changes = service.bean(PackDrafts.class).get(draft).changes();
        return changes.get(changes.size() - 1);
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not change: " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The first screen of the page, small, as the README shows it (docs/console-*.png are these, compressed). */
    static void glimpse(String name) {
        browser.manage().window().setSize(new Dimension(1100, 760));
        try {
            Files.write(SHOTS.resolve("readme-console-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** The whole page as a PNG under target/console-screenshots/, numbered in the order the walk took. */
    static void shot(String name) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height, 600), 6000)));
        try {
            Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++shots, name)), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
