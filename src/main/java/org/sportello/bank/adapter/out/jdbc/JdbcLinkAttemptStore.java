package org.sportello.bank.adapter.out.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sportello.bank.application.LinkAttemptStore;
import org.sportello.bank.domain.linking.LinkAttempt;
import org.sportello.shared.CustomerId;
import org.sportello.shared.Language;
import org.sportello.shared.Scope;
import org.sportello.shared.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLinkAttemptStore implements LinkAttemptStore {

    private static final String COLUMNS = "id, redirect_uri, state, code_challenge, language, stage, customer_id, login_failures,"
            + " otp_hash, otp_expires_at, otp_failures, otp_sent, scopes, consent_expires_at, code_hash, code_expires_at,"
            + " redeemed_at, created_at, expires_at";

    private final JdbcClient jdbc;

    JdbcLinkAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(LinkAttempt attempt, String tokenHash) {
        // A reused token finds its fingerprint taken; the insert then does nothing.
        return jdbc.sql("INSERT INTO bank_link_attempt (" + COLUMNS + ", token_hash) VALUES (:id, :redirectUri, :state, :challenge,"
                        + " :language, :stage, :customer, :loginFailures, :otpHash, :otpExpiresAt, :otpFailures, :otpSent,"
                        + " :scopes, :consentExpiresAt, :codeHash, :codeExpiresAt, :redeemedAt, :createdAt, :expiresAt, :token)"
                        + " ON CONFLICT DO NOTHING")
                .params(parameters(attempt))
                .param("token", tokenHash)
                .update() == 1;
    }

    @Override
    public Optional<LinkAttempt> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bank_link_attempt WHERE id = :id").param("id", id)
                .query(JdbcLinkAttemptStore::attempt).optional();
    }

    @Override
    public Optional<LinkAttempt> byCodeHash(String codeHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bank_link_attempt WHERE code_hash = :code").param("code", codeHash)
                .query(JdbcLinkAttemptStore::attempt).optional();
    }

    @Override
    public boolean update(LinkAttempt changed, LinkAttempt.Stage expected) {
        return jdbc.sql("UPDATE bank_link_attempt SET stage = :stage, customer_id = :customer, login_failures = :loginFailures,"
                        + " otp_hash = :otpHash, otp_expires_at = :otpExpiresAt, otp_failures = :otpFailures, otp_sent = :otpSent,"
                        + " scopes = :scopes, consent_expires_at = :consentExpiresAt, code_hash = :codeHash,"
                        + " code_expires_at = :codeExpiresAt, redeemed_at = :redeemedAt WHERE id = :id AND stage = :expected")
                .params(parameters(changed))
                .param("expected", expected.name())
                .update() == 1;
    }

    private static Map<String, Object> parameters(LinkAttempt attempt) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", attempt.id());
        values.put("redirectUri", attempt.redirectUri());
        values.put("state", attempt.state());
        values.put("challenge", attempt.codeChallenge());
        values.put("language", attempt.language().code());
        values.put("stage", attempt.stage().name());
        values.put("customer", attempt.customer() == null ? null : attempt.customer().value());
        values.put("loginFailures", attempt.loginFailures());
        values.put("otpHash", attempt.otpHash());
        values.put("otpExpiresAt", UtcTimes.utc(attempt.otpExpiresAt()));
        values.put("otpFailures", attempt.otpFailures());
        values.put("otpSent", attempt.otpSent());
        values.put("scopes", attempt.scopes().stream().map(Scope::name).sorted().collect(Collectors.joining(",")));
        values.put("consentExpiresAt", UtcTimes.utc(attempt.consentExpiresAt()));
        values.put("codeHash", attempt.codeHash());
        values.put("codeExpiresAt", UtcTimes.utc(attempt.codeExpiresAt()));
        values.put("redeemedAt", UtcTimes.utc(attempt.redeemedAt()));
        values.put("createdAt", UtcTimes.utc(attempt.createdAt()));
        values.put("expiresAt", UtcTimes.utc(attempt.expiresAt()));
        return values;
    }

    private static LinkAttempt attempt(ResultSet rs, int row) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        String scopeList = rs.getString("scopes");
        if (scopeList != null) {
            Arrays.stream(scopeList.split(",")).filter(s -> !s.isBlank()).map(Scope::valueOf).forEach(scopes::add);
        }
        String customer = rs.getString("customer_id");
        return new LinkAttempt(rs.getString("id"), rs.getString("redirect_uri"), rs.getString("state"),
                rs.getString("code_challenge"), Language.fromTag(rs.getString("language")).orElse(Language.IT),
                LinkAttempt.Stage.valueOf(rs.getString("stage")), customer == null ? null : new CustomerId(customer),
                rs.getInt("login_failures"), rs.getString("otp_hash"), UtcTimes.instant(rs.getObject("otp_expires_at", OffsetDateTime.class)), rs.getInt("otp_failures"),
                rs.getInt("otp_sent"), scopes, UtcTimes.instant(rs.getObject("consent_expires_at", OffsetDateTime.class)), rs.getString("code_hash"),
                UtcTimes.instant(rs.getObject("code_expires_at", OffsetDateTime.class)), UtcTimes.instant(rs.getObject("redeemed_at", OffsetDateTime.class)), UtcTimes.instant(rs.getObject("created_at", OffsetDateTime.class)), UtcTimes.instant(rs.getObject("expires_at", OffsetDateTime.class)));
    }
}
