package org.amicus.mail.internal.queue;

import static org.amicus.mail.MailFixtures.send;
import static org.amicus.mail.MailFixtures.tag;
import static org.amicus.mail.MailFixtures.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.Language;
import org.amicus.platform.RejectedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queue without delivery (the suite's contexts do not deliver): what is written, how claims and
 * leases behave when a node dies, pause, resume, cancel and the follow-up sends.
 */
@SpringBootTest
class QueueTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Queue queue;
    @Autowired
    Suppressions suppressions;
    @Autowired
    JdbcClient jdbc;

    long sendTo(String... addresses) {
        return outbox.enqueue(send("queue test", null,
                java.util.Arrays.stream(addresses).map(a -> to(a, "Reader", Language.EN)).toList()));
    }

    @Test
    void aRecipientWhoseWorkerDiedIsClaimedAgainOnceTheLeaseRunsOut() {
        String t = tag();
        long id = sendTo("a." + t + "@example.org", "b." + t + "@example.org");
        List<Claimed> first = queue.claim(10_000, Duration.ZERO).stream().filter(c -> c.sendId() == id).toList();
        assertThat(first).hasSize(2);
        // The node "died" holding a lease that has already run out: the rows are claimed again, nothing is lost.
        List<Claimed> again = queue.claim(10_000, Duration.ofMinutes(5)).stream().filter(c -> c.sendId() == id).toList();
        assertThat(again).extracting(Claimed::id).containsExactlyElementsOf(first.stream().map(Claimed::id).toList());
        // Under a live lease nobody else takes them.
        assertThat(queue.claim(10_000, Duration.ofMinutes(5))).noneMatch(c -> c.sendId() == id);
        queue.record(again.stream().map(c -> Outcome.sent(c.id(), "250 2.0.0 Ok")).toList());
        queue.finishDone();
        var progress = outbox.progress(id);
        assertThat(progress.count("SENT")).isEqualTo(2);
        assertThat(progress.state()).isEqualTo("FINISHED");
        assertThat(progress.open()).isZero();
    }

    @Test
    void namesAndMergeFieldsComeBackFromTheQueueExactlyAsGiven() {
        // On PostgreSQL recipients are written by COPY, whose text format escapes these characters.
        String t = tag();
        String name = "Ana \\ Tab\t\"Ló\" عربي \\N";
        var fields = java.util.Map.of("note", "line one\nline two\r\n\\t not a tab\t\\N");
        long id = outbox.enqueue(send("copy test", null, List.of(new Outgoing.Recipient("c." + t + "@example.org", name, Language.AR, fields))));
        List<Claimed> claimed = queue.claim(10_000, Duration.ofMinutes(5)).stream().filter(c -> c.sendId() == id).toList();
        assertThat(claimed).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo(name);
            assertThat(c.fields()).isEqualTo(fields);
            assertThat(c.language()).isEqualTo(Language.AR);
        });
        outbox.cancel(id);
    }

    @Test
    void repeatedAddressesAreKeptOnceAndSuppressedOnesAreNeverQueued() {
        String t = tag();
        suppressions.add("gone." + t + "@example.org", null, "MANUAL", null);
        long id = sendTo("x." + t + "@Example.ORG", "x." + t + "@example.org", "gone." + t + "@example.org");
        var progress = outbox.progress(id);
        assertThat(progress.total()).isEqualTo(2);
        assertThat(progress.count("SUPPRESSED")).isEqualTo(1);
        assertThat(progress.count("QUEUED")).isEqualTo(1);
        outbox.cancel(id);
    }

    @Test
    void headerInjectionAndMalformedAddressesAreRefusedWholeWithTheirLines() {
        long before = jdbc.sql("select count(*) from mail_send").query(Long.class).single();
        var bad = new Outgoing("injection", "updates@lists.test", "Name\r\nBcc: victim@example.org", null, null,
                java.util.Map.of(Language.EN, new Outgoing.Content("Hello\r\nBcc: victim@example.org", "text", null)),
                List.of(to("fine@example.org", "Fine", Language.EN), to("not an address", "X", Language.EN),
                        to("a@example.org\r\nBcc: victim@example.org", "Y", Language.EN),
                        new Outgoing.Recipient("ok@example.org", "Evil\nBcc: victim@example.org", Language.FR, null)));
        assertThatThrownBy(() -> outbox.enqueue(bad)).isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.problems())
            .extracting(RejectedInput.Problem::line, RejectedInput.Problem::field, RejectedInput.Problem::code)
            .containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(0, "fromName", "mail.error.lineBreak"),
                    org.assertj.core.groups.Tuple.tuple(0, "subject", "mail.error.lineBreak"),
                    org.assertj.core.groups.Tuple.tuple(2, "recipients", "mail.error.address"),
                    org.assertj.core.groups.Tuple.tuple(3, "recipients", "mail.error.address"),
                    org.assertj.core.groups.Tuple.tuple(4, "recipients", "mail.error.lineBreak")));
        assertThat(jdbc.sql("select count(*) from mail_send").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void pauseResumeCancelAndTheOneClickFollowUps() {
        String t = tag();
        long id = sendTo("p1." + t + "@example.org", "p2." + t + "@example.org");
        outbox.pause(id);
        assertThat(queue.claim(10_000, Duration.ofMinutes(5))).noneMatch(c -> c.sendId() == id);
        assertThatThrownBy(() -> outbox.pause(id)).isInstanceOf(RejectedInput.class);
        outbox.resume(id);
        assertThat(outbox.progress(id).state()).isEqualTo("ACTIVE");
        outbox.cancel(id);
        queue.finishDone();
        var cancelled = outbox.progress(id);
        assertThat(cancelled.count("FAILED")).isEqualTo(2);
        assertThat(cancelled.state()).isEqualTo("FINISHED");

        long resent = outbox.resendFailed(id);
        assertThat(outbox.progress(resent).count("QUEUED")).isEqualTo(2);
        long added = outbox.sendToAdded(id, List.of(to("p1." + t + "@example.org", "Old", Language.EN),
                to("p3." + t + "@example.org", "New", Language.PT)));
        assertThat(queue.recipients(added, List.of())).extracting(Outgoing.Recipient::address)
            .containsExactly("p3." + t + "@example.org");
        assertThat(queue.template(added).contents()).containsKeys(Language.EN, Language.FR, Language.AR);
        outbox.cancel(resent);
        outbox.cancel(added);
    }

    @Test
    void aLargeSendIsQueuedInChunksAndEveryRecipientIsClaimable() {
        String t = tag();
        int n = 10_001; // one more than queue.chunk: two commits
        List<Outgoing.Recipient> readers = java.util.stream.IntStream.range(0, n)
            .mapToObj(i -> to("r" + i + "." + t + "@example.org", "Reader " + i, Language.EN)).toList();
        long id = outbox.enqueue(send("chunked " + t, null, readers));
        var progress = outbox.progress(id);
        assertThat(progress.total()).isEqualTo(n);
        assertThat(progress.stillQueueing()).isFalse();
        assertThat(queue.claim(20_000, Duration.ofMinutes(5), List.of(id))).hasSize(n);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'mail-send' and record_id = ? and action = 'queued'")
            .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        outbox.cancel(id);
    }

    private static Outgoing twoReaders(String prefix, String t) {
        return OutboxService.check(send("chunks " + t, null, List.of(to(prefix + "1." + t + "@example.org", "A", Language.EN),
                to(prefix + "2." + t + "@example.org", "B", Language.FR))));
    }

    /** A send opened for queueing in chunks, with only its first reader written so far. */
    private long firstOfTwoChunksQueued(Outgoing send) {
        long id = queue.open(send, null, true);
        queue.add(id, send.recipients().subList(0, 1), null, (a, l) -> false, true, false);
        return id;
    }

    @Test
    void aSendStillQueueingIsDeliveredChunkByChunkAndFinishesOnlyAfterItsLastChunk() {
        String t = tag();
        Outgoing send = twoReaders("c", t);
        long id = firstOfTwoChunksQueued(send);
        List<Claimed> first = queue.claim(10, Duration.ofMinutes(5), List.of(id));
        assertThat(first).extracting(Claimed::address).containsExactly("c1." + t + "@example.org");
        queue.record(List.of(Outcome.sent(first.get(0).id(), "250 Ok")));
        queue.finishDone();
        assertThat(outbox.progress(id).state()).isEqualTo("ACTIVE");
        assertThat(outbox.progress(id).stillQueueing()).isTrue();

        queue.add(id, send.recipients().subList(1, 2), null, (a, l) -> false, false, true);
        List<Claimed> second = queue.claim(10, Duration.ofMinutes(5), List.of(id));
        assertThat(second).extracting(Claimed::address).containsExactly("c2." + t + "@example.org");
        queue.record(List.of(Outcome.sent(second.get(0).id(), "250 Ok")));
        queue.finishDone();
        var done = outbox.progress(id);
        assertThat(done.state()).isEqualTo("FINISHED");
        assertThat(done.count("SENT")).isEqualTo(2);
        assertThat(done.stillQueueing()).isFalse();
    }

    @Test
    void aSendWhoseQueueingNodeDiedFinishesWithTheRecipientsItHasAndSaysSo() {
        long id = firstOfTwoChunksQueued(twoReaders("d", tag()));
        // The node died after its first chunk: its queueing lease runs out.
        jdbc.sql("update mail_send set queueing_until = ? where id = ?").params(java.time.OffsetDateTime.now().minusMinutes(1), id).update();
        queue.finishDone();
        var interrupted = outbox.progress(id);
        assertThat(interrupted.queueingInterrupted()).isTrue();
        assertThat(interrupted.stillQueueing()).isFalse();
        assertThat(interrupted.state()).isEqualTo("ACTIVE");
        List<Claimed> rest = queue.claim(10, Duration.ofMinutes(5), List.of(id));
        queue.record(rest.stream().map(c -> Outcome.sent(c.id(), "250 Ok")).toList());
        queue.finishDone();
        assertThat(outbox.progress(id).state()).isEqualTo("FINISHED");
        assertThat(outbox.progress(id).total()).isEqualTo(1);
    }

    @Test
    void theEstimateBeforeSendingNeedsARate() {
        assertThat(outbox.estimate(0)).isEqualTo(Duration.ZERO);
        assertThat(outbox.estimate(1000)).isNull();
    }
}
