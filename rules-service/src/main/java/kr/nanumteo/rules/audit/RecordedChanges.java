package kr.nanumteo.rules.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kr.nanumteo.rules.DecisionKinds;
import kr.nanumteo.rules.decisions.DecisionKind;
import kr.nanumteo.rules.packs.PackCheck;
import kr.nanumteo.rules.packs.RuleFailedException;
import kr.nanumteo.rules.packs.RulePack;
import kr.nanumteo.rules.requests.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pack tried on real cases: the decisions recorded with the pack it follows, re-decided by it and compared
 * with the answers that were sent — "of the 18,240 decisions recorded with nanumteo-2024, 312 would change
 * outcome under this pack", grouped by change with the rules behind it. The newest {@code limit} of each
 * kind, read as a stream (a cursor, a few hundred rows at a time), so memory does not grow with the log.
 */
@Component
public class RecordedChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final int limit;

    RecordedChanges(DataSource dataSource, @Value("${nanumteo.publishing.recorded-decisions-per-kind:20000}") int limit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.limit = limit;
    }

    public PackCheck.LogChanges of(RulePack previous, RulePack pack) {
        ChangeReport report = new ChangeReport(previous, pack);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int[] unreadable = {0};
        for (DecisionKind<?, ?> kind : DecisionKinds.ALL) {
            if (!pack.modules().containsKey(kind.rules())) {
                continue;
            }
            int[] n = {0};
            // A cursor needs a transaction in PostgreSQL's driver; without one every row would be read at once.
            readOnly.executeWithoutResult(status -> jdbc.query("""
                    select id, request::text as request, response::text as response from decision
                    where kind = ? and pack_id = ? and pack_version = ? and replay_of is null
                    order by evaluated_at desc limit ?""", (RowCallbackHandler) rs -> {
                        n[0]++;
                        String id = rs.getString("id");
                        try {
                            report.add("결정 " + id, PackComparison.againstRecorded(kind, JSON.readTree(rs.getString("request")), previous.ref(),
                                    JSON.readTree(rs.getString("response")), pack));
                        } catch (InvalidRequestException e) {
                            unreadable[0]++; // recorded before a field's rules changed: not a case this pack decides
                        } catch (RuleFailedException e) {
                            if (failures.size() < 20) {
                                failures.add("[" + kind.name() + "] 규칙 " + (e.ruleId() == null ? "(" + e.file() + "의 한 규칙)" : e.ruleId())
                                        + "이(가) 기록된 결정 " + id + "의 요청에서 오류를 냈습니다: " + e.reason());
                            }
                        }
                    }, kind.name(), previous.id(), previous.version(), limit));
            if (n[0] > 0) {
                byKind.put(kind.name(), n[0]);
            }
        }
        return new PackCheck.LogChanges(previous.ref(), byKind, limit, report.build(), List.copyOf(failures), unreadable[0]);
    }
}
