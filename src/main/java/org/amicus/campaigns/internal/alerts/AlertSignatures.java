package org.amicus.campaigns.internal.alerts;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.amicus.campaigns.internal.strategy.Checks;
import org.amicus.members.Members;
import org.amicus.members.MembersLookup;
import org.amicus.members.OrganisationRef;
import org.amicus.members.Purpose;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.amicus.states.StatesDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * AlertSignatures of petitions (a person, by e-mail address) and of joint letters (a member organisation).
 * Signing twice merges into the first signature (counted once, "signings" grows). A signature is
 * counted and listed once its address is confirmed through the link mailed to it.
 */
@Service
public class AlertSignatures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(AlertSignatures.class);

    /** What a supporter typed in the form. */
    public record Signing(String name, String email, String country, String organisation, boolean consent, boolean showName) {
    }

    /** A signature as the public list shows it (only with the signer's permission). */
    public record Signatory(String name, String organisation, String country) {
    }

    /** Whether the signature is new or merged into an earlier one. */
    public enum Result {
        SIGNED, MERGED
    }

    private final JdbcClient jdbc;
    private final MembersLookup lookup;
    private final StatesDirectory states;
    private final Members members;

    AlertSignatures(JdbcClient jdbc, MembersLookup lookup, StatesDirectory states, Members members) {
        this.jdbc = jdbc;
        this.members = members;
        this.lookup = lookup;
        this.states = states;
    }

    /**
     * Records a signature: an insert, which the unique key turns into an update of the earlier signature by the same
     * signer (no transaction spans the two, so a concurrent twin is merged too: none lost, none counted twice).
     */
    public Result sign(Alert alert, Signing s, Language language) {
        if (!alert.open() || alert.kind() == Alert.Kind.LETTER) {
            throw new RejectedInput("alert", "alerts.closed");
        }
        Checks checks = new Checks();
        String name = Letters.headerField(checks, "name", s.name(), 200);
        String email = Letters.email(checks, s.email());
        String country = country(checks, s.country(), false);
        OrganisationRef organisation = null;
        if (alert.kind() == Alert.Kind.JOINT_LETTER) {
            String typed = checks.required("organisation", s.organisation(), 300);
            if (typed != null) {
                organisation = lookup.memberNamed(typed, LocalDate.now()).orElse(null);
                if (organisation == null) {
                    checks.fail("organisation", "alerts.notAMember", typed);
                }
            }
        }
        checks.orThrow();
        String key = organisation != null ? "org:" + organisation.id() : email.toLowerCase(Locale.ROOT);
        Object[] merge = { name, email, country, organisation == null ? null : organisation.id(), organisation == null ? null : organisation.name(),
                language.code(), s.consent(), s.showName(), alert.id(), key };
        try {
            jdbc.sql("""
                    insert into alert_signature (name, email, country, organisation_id, organisation, lang, consent_contact, show_name,
                    alert_id, signer_key, confirm_token, signed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, email, country, organisation == null ? null : organisation.id(),
                        organisation == null ? null : organisation.name(), language.code(), s.consent(), s.showName(), alert.id(), key,
                        token(), Timestamps.now())
                .update();
            return Result.SIGNED;
        } catch (DuplicateKeyException signedBefore) {
            merged(merge);
            return Result.MERGED;
        }
    }

    private boolean merged(Object[] params) {
        return jdbc.sql("""
                update alert_signature set name = ?, email = ?, country = ?, organisation_id = ?, organisation = ?, lang = ?,
                consent_contact = ?, show_name = ?, signings = signings + 1 where alert_id = ? and signer_key = ?""")
            .params(params).update() > 0;
    }

    /**
     * Confirms the signature the link was mailed for; the alert's slug, or empty for an unknown link. A
     * signature that asked to be kept informed then has that consent recorded in the CRM (the address is
     * now proven), with the alert as its source: once, and again on a later visit of the link if the CRM
     * refused it before, so that a consent is never lost nor the confirmation refused because of it.
     */
    public Optional<String> confirm(String token) {
        Optional<Confirming> signature = jdbc.sql("""
                select a.slug, a.id as alert_id, s.id, s.name, s.email, s.country, s.lang, s.consent_contact, s.consent_person_id
                from alert_signature s join action_alert a on a.id = s.alert_id where s.confirm_token = ?""")
            .param(token).query(Confirming.class).optional();
        signature.ifPresent(s -> {
            jdbc.sql("update alert_signature set confirmed_at = ? where id = ? and confirmed_at is null").params(Timestamps.now(), s.id())
                .update();
            if (s.consentContact() && s.consentPersonId() == null) {
                recordConsent(s);
            }
        });
        return signature.map(Confirming::slug);
    }

    private void recordConsent(Confirming s) {
        try {
            long person = members.recordConsent(s.email(), s.name(), s.country(), s.lang(), Purpose.CAMPAIGNS, LocalDate.now(),
                    "action alert /act/" + s.slug() + " (#" + s.alertId() + "), signature confirmed by e-mail");
            jdbc.sql("update alert_signature set consent_person_id = ? where id = ?").params(person, s.id()).update();
        } catch (RejectedInput refused) {
            LOG.warn("The CRM refused the consent of alert signature {}: {}", s.id(), refused.problems());
        }
    }

    private record Confirming(String slug, long alertId, long id, String name, String email, String country, String lang,
            boolean consentContact, Long consentPersonId) {
    }

    /** Confirmed signatures of an alert. */
    public long count(long alertId) {
        return jdbc.sql("select count(*) from alert_signature where alert_id = ? and confirmed_at is not null").param(alertId)
            .query(Long.class).single();
    }

    /** The newest confirmed signatories who agreed to be listed. */
    public List<Signatory> listed(long alertId, int max) {
        return jdbc.sql("""
                select name, organisation, country from alert_signature where alert_id = ? and confirmed_at is not null and show_name = true
                order by confirmed_at desc, id desc fetch first ? rows only""")
            .params(alertId, max).query((rs, n) -> new Signatory(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    String country(Checks checks, String typed, boolean required) {
        String c = required ? checks.required("country", typed, 3) : checks.optional("country", typed, 3);
        if (c == null) {
            return null;
        }
        String iso3 = c.toUpperCase(Locale.ROOT);
        if (states.state(iso3).isEmpty()) {
            checks.fail("country", "campaigns.unknownState", c);
            return null;
        }
        return iso3;
    }

    static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
