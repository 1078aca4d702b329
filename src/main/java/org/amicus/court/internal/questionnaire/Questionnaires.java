package org.amicus.court.internal.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import org.amicus.court.internal.election.Candidate;
import org.amicus.court.internal.election.Election;
import org.amicus.court.internal.election.Elections;
import org.amicus.mail.Outbox;
import org.amicus.mail.Outgoing;
import org.amicus.platform.AuditTrail;
import org.amicus.platform.Change;
import org.amicus.platform.Language;
import org.amicus.platform.NotFound;
import org.amicus.platform.RateLimits;
import org.amicus.platform.RateLimits.Limit;
import org.amicus.platform.RejectedInput;
import org.amicus.platform.Timestamps;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coalition's questionnaire to candidates: questions in five languages, a personal expiring
 * link per candidate sent through the mail queue, answers saved and resumed, then submitted (and
 * published) or declined. A link is refused once expired, once used to submit or decline, and from
 * anyone who cannot give the address it was sent to. Questions and answers are plain text, kept as
 * typed and always shown escaped (never rendered as HTML).
 */
@Service
public class Questionnaires {

    static final String RECORD = "court-questionnaire";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int WRONG_ADDRESSES_PER_HOUR = 5;

    /** Wrong addresses typed per link in the hour, shared by every node: past five, the link refuses further tries for the hour. */
    private static final Limit WRONG_ADDRESSES = new Limit("court-questionnaire-address", WRONG_ADDRESSES_PER_HOUR, Duration.ofHours(1));

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Elections elections;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;
    private final RateLimits limits;

    Questionnaires(JdbcClient jdbc, AuditTrail audit, Elections elections, Outbox outbox, MessageSource messages, RateLimits limits,
            @Value("${amicus.mail.base-url:http://localhost:8080}") String baseUrl,
            @Value("${amicus.court.questionnaire-from:questionnaires@localhost}") String from) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.elections = elections;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
        this.limits = limits;
    }

    public List<Question> questions(long electionId) {
        return jdbc.sql("select * from court_question where election_id = ? and removed = false order by position, id").param(electionId)
            .query((rs, n) -> {
                Map<Language, String> texts = new EnumMap<>(Language.class);
                for (Language l : Language.values()) {
                    String t = rs.getString("text_" + l.code());
                    if (t != null && !t.isBlank()) {
                        texts.put(l, t);
                    }
                }
                return new Question(rs.getLong("id"), rs.getLong("election_id"), rs.getInt("position"), texts);
            }).list();
    }

    @Transactional
    public Question addQuestion(long electionId, Map<Language, String> texts) {
        Election e = elections.get(electionId);
        if (texts.get(Language.EN) == null || texts.get(Language.EN).isBlank()) {
            throw new RejectedInput("textEn", "court.question.englishRequired");
        }
        int position = questions(electionId).size() + 1;
        jdbc.sql("insert into court_question (election_id, position, text_en, text_fr, text_es, text_ar, text_pt) values (?, ?, ?, ?, ?, ?, ?)")
            .params(electionId, position, clean(texts.get(Language.EN)), clean(texts.get(Language.FR)), clean(texts.get(Language.ES)),
                    clean(texts.get(Language.AR)), clean(texts.get(Language.PT)))
            .update();
        audit.record(new Change(RECORD, String.valueOf(electionId), "question added", null, texts, null, "Question " + position + ": " + e.title()));
        return questions(electionId).get(position - 1);
    }

    public List<Invitation> invitations(long electionId) {
        return jdbc.sql("select i.* from court_invitation i join court_candidate c on c.id = i.candidate_id where c.election_id = ?")
            .param(electionId).query(Questionnaires::invitation).list();
    }

    /**
     * Sends a personal link to every candidate with an e-mail address who has none yet; returns how
     * many were sent. The link's secret goes only into the mail; the database keeps its hash.
     */
    @Transactional
    public int invite(long electionId, int validDays) {
        Election e = elections.get(electionId);
        if (validDays < 1 || validDays > 180) {
            throw new RejectedInput("validDays", "court.invite.validDays");
        }
        if (questions(electionId).isEmpty()) {
            throw new RejectedInput("validDays", "court.invite.noQuestions");
        }
        var invited = invitations(electionId).stream().map(Invitation::candidateId).toList();
        List<Outgoing.Recipient> recipients = new ArrayList<>();
        Instant expires = Instant.now().plus(Duration.ofDays(validDays));
        for (Candidate c : elections.candidates(electionId)) {
            if (c.email() == null || invited.contains(c.id())) {
                continue;
            }
            String secret = newSecret();
            jdbc.sql("insert into court_invitation (candidate_id, token_hash, expires_at, sent_at) values (?, ?, ?, ?)")
                .params(c.id(), hash(secret), Timestamps.param(expires), Timestamps.now()).update();
            recipients.add(recipient(c, secret, expires));
        }
        if (!recipients.isEmpty()) {
            outbox.enqueue(mail("court.mail.invite", e, recipients));
            audit.record(new Change(RECORD, String.valueOf(electionId), "invited", null, recipients.size(), null,
                    "Questionnaire links sent: " + recipients.size()));
        }
        return recipients.size();
    }

    /**
     * Reminds every candidate whose link is still open and who has not been reminded in the last day,
     * with a fresh link (the old one stops working), valid until the same date.
     */
    @Transactional
    public int remind(long electionId) {
        Election e = elections.get(electionId);
        Instant now = Instant.now();
        List<Outgoing.Recipient> recipients = new ArrayList<>();
        for (Invitation i : invitations(electionId)) {
            if (!i.open(now) || (i.remindedAt() != null && i.remindedAt().isAfter(now.minus(Duration.ofDays(1))))) {
                continue;
            }
            Candidate c = elections.candidate(i.candidateId()).orElseThrow();
            String secret = newSecret();
            jdbc.sql("update court_invitation set token_hash = ?, reminded_at = ? where id = ?").params(hash(secret), Timestamps.now(), i.id())
                .update();
            recipients.add(recipient(c, secret, i.expiresAt()));
        }
        if (!recipients.isEmpty()) {
            outbox.enqueue(mail("court.mail.remind", e, recipients));
            audit.record(new Change(RECORD, String.valueOf(electionId), "reminded", null, recipients.size(), null,
                    "Questionnaire reminders sent: " + recipients.size()));
        }
        return recipients.size();
    }

    /** The invitation behind a link, refused when the link is unknown, expired, or already used to submit or decline. */
    public Invitation open(String secret) {
        Invitation i = find(secret).orElseThrow(() -> new NotFound("court.link.unknown"));
        if (i.submittedAt() != null || i.declinedAt() != null) {
            throw new RejectedInput("link", "court.link.used");
        }
        if (!Instant.now().isBefore(i.expiresAt())) {
            throw new RejectedInput("link", "court.link.expired");
        }
        return i;
    }

    /** Whether the address typed is the one the link was sent to: the link alone is not enough. */
    public void confirm(String secret, String email) {
        Invitation i = open(secret);
        if (limits.spent(WRONG_ADDRESSES, String.valueOf(i.id()))) {
            throw new RejectedInput("email", "court.link.tooManyTries");
        }
        Candidate c = elections.candidate(i.candidateId()).orElseThrow();
        if (email == null || c.email() == null || !c.email().trim().equalsIgnoreCase(email.trim())) {
            limits.admit(WRONG_ADDRESSES, String.valueOf(i.id()));
            throw new RejectedInput("email", "court.link.notYours");
        }
    }

    public Map<Long, String> answers(long candidateId) {
        Map<Long, String> answers = new HashMap<>();
        jdbc.sql("select question_id, answer from court_answer where candidate_id = ?").param(candidateId)
            .query(rs -> {
                answers.put(rs.getLong(1), rs.getString(2));
            });
        return answers;
    }

    /** Saves the answers given (save and resume); with {@code submit}, closes the questionnaire and publishes them. */
    @Transactional
    public void save(String secret, Map<Long, String> answers, boolean submit) {
        Invitation i = open(secret);
        Candidate c = elections.candidate(i.candidateId()).orElseThrow();
        var questionIds = questions(c.electionId()).stream().map(Question::id).toList();
        for (var a : answers.entrySet()) {
            if (!questionIds.contains(a.getKey())) {
                throw new RejectedInput("answers", "court.answer.unknownQuestion");
            }
            String text = a.getValue() == null ? "" : a.getValue().trim();
            if (text.length() > 20000) {
                throw new RejectedInput("answers", "court.answer.tooLong", 20000);
            }
            jdbc.sql("delete from court_answer where candidate_id = ? and question_id = ?").params(c.id(), a.getKey()).update();
            if (!text.isEmpty()) {
                jdbc.sql("insert into court_answer (candidate_id, question_id, answer, saved_at) values (?, ?, ?, ?)")
                    .params(c.id(), a.getKey(), text, Timestamps.now()).update();
            }
        }
        if (submit) {
            if (answers(c.id()).isEmpty()) {
                throw new RejectedInput("answers", "court.answer.empty");
            }
            jdbc.sql("update court_invitation set submitted_at = ? where id = ?").params(Timestamps.now(), i.id()).update();
            audit.record(new Change(RECORD, String.valueOf(c.electionId()), "answered", null, answers(c.id()), null,
                    "Questionnaire answered: " + c.name()));
        }
    }

    @Transactional
    public void decline(String secret) {
        Invitation i = open(secret);
        Candidate c = elections.candidate(i.candidateId()).orElseThrow();
        jdbc.sql("delete from court_answer where candidate_id = ?").param(c.id()).update();
        jdbc.sql("update court_invitation set declined_at = ? where id = ?").params(Timestamps.now(), i.id()).update();
        audit.record(new Change(RECORD, String.valueOf(c.electionId()), "declined", null, null, null, "Questionnaire declined: " + c.name()));
    }

    public Candidate candidateOf(Invitation i) {
        return elections.candidate(i.candidateId()).orElseThrow();
    }

    public Published published(long electionId) {
        List<Question> questions = questions(electionId);
        Map<Long, Invitation> byCandidate = new HashMap<>();
        invitations(electionId).forEach(i -> byCandidate.put(i.candidateId(), i));
        List<Candidate> answered = new ArrayList<>();
        List<Candidate> declined = new ArrayList<>();
        List<Candidate> notYet = new ArrayList<>();
        Map<Long, Map<Long, String>> byQuestion = new LinkedHashMap<>();
        questions.forEach(q -> byQuestion.put(q.id(), new HashMap<>()));
        for (Candidate c : elections.candidates(electionId)) {
            Invitation i = byCandidate.get(c.id());
            if (i != null && i.submittedAt() != null) {
                answered.add(c);
                answers(c.id()).forEach((q, a) -> byQuestion.computeIfAbsent(q, k -> new HashMap<>()).put(c.id(), a));
            } else if (i != null && i.declinedAt() != null) {
                declined.add(c);
            } else {
                notYet.add(c);
            }
        }
        return new Published(questions, answered, byQuestion, declined, notYet);
    }

    private Optional<Invitation> find(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select * from court_invitation where token_hash = ?").param(hash(secret)).query(Questionnaires::invitation).optional();
    }

    private Outgoing.Recipient recipient(Candidate c, String secret, Instant expires) {
        return new Outgoing.Recipient(c.email(), c.name(), c.language(),
                Map.of("link", baseUrl + "/questionnaire/" + secret, "expires", expires.toString().substring(0, 10)));
    }

    private Outgoing mail(String key, Election e, List<Outgoing.Recipient> recipients) {
        Map<Language, Outgoing.Content> contents = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            contents.put(l, new Outgoing.Content(messages.getMessage(key + ".subject", new Object[] { e.title() }, l.locale()),
                    messages.getMessage(key + ".text", new Object[] { e.title() }, l.locale()), null));
        }
        return new Outgoing("Questionnaire: " + e.title(), from, null, null, null, contents, recipients);
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Invitation invitation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("candidate_id"), Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "sent_at"),
                Timestamps.read(rs, "reminded_at"), Timestamps.read(rs, "submitted_at"), Timestamps.read(rs, "declined_at"));
    }
}
