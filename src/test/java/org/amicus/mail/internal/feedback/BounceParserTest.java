package org.amicus.mail.internal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.amicus.mail.DeliveryFeedback.Kind;
import org.junit.jupiter.api.Test;

/** Bounces and complaints as the common mail servers write them, read back to address, kind and status. */
class BounceParserTest {

    static List<BounceParser.Finding> parse(String name) throws IOException {
        return BounceParser.parse(org.amicus.mail.MailFixtures.fixture(name, "bounces+1.0123456789@bounces.test"));
    }

    @Test
    void postfixUserUnknownIsAHardBounce() throws IOException {
        assertThat(parse("postfix-user-unknown.eml")).containsExactly(new BounceParser.Finding(Kind.HARD_BOUNCE,
                "nobody@example.net", "5.1.1",
                "smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in virtual mailbox table"));
    }

    @Test
    void postfixDelayWarningIsASoftBounce() throws IOException {
        var findings = parse("postfix-delayed.eml");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.SOFT_BOUNCE);
            assertThat(f.address()).isEqualTo("full@example.net");
            assertThat(f.status()).isEqualTo("4.2.2");
        });
    }

    @Test
    void eximsPlainTextBounceNamesTheFailedAddress() throws IOException {
        var findings = parse("exim-permanent.eml");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.HARD_BOUNCE);
            assertThat(f.address()).isEqualTo("gone@example.com");
            assertThat(f.status()).isEqualTo("5.1.1");
        });
    }

    @Test
    void sendmailExchangeAndGmailReportsAreHardBounces() throws IOException {
        assertThat(parse("sendmail-user-unknown.eml")).extracting(BounceParser.Finding::address, BounceParser.Finding::kind)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("former@example.edu", Kind.HARD_BOUNCE));
        assertThat(parse("exchange-recipient-not-found.eml")).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo("former.staff@contoso.example");
            assertThat(f.status()).isEqualTo("5.1.10");
            assertThat(f.detail()).contains("RESOLVER.ADR.RecipientNotFound");
        });
        assertThat(parse("gmail-no-such-user.eml")).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo("no.such.user.2026@gmail.com");
            assertThat(f.kind()).isEqualTo(Kind.HARD_BOUNCE);
        });
    }

    @Test
    void anArfReportIsAComplaintAboutTheOriginalRecipient() throws IOException {
        assertThat(parse("arf-complaint.eml")).containsExactly(
                new BounceParser.Finding(Kind.COMPLAINT, "annoyed.reader@mailbox-provider.example", null, "abuse"));
    }

    @Test
    void aVacationReplyOrGarbageIsNoBounce() throws IOException {
        assertThat(parse("vacation-reply.eml")).isEmpty();
        assertThat(BounceParser.parse("\u0000\u0001 not mail at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BounceParser.parse(new byte[0])).isEmpty();
    }
}
