package org.amicus.mail.internal.smtp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

import org.amicus.mail.internal.Chars;
import org.amicus.mail.internal.MailSettings;

/**
 * One SMTP session with the relay (RFC 5321), kept open across many messages. When the relay offers
 * PIPELINING (RFC 2920), MAIL, RCPT and DATA go out in one packet, so a message costs two round
 * trips instead of four. STARTTLS or TLS with the relay's host name checked, AUTH PLAIN or LOGIN,
 * SMTPUTF8 (RFC 6531) when allowed. Every step (connect, handshake, read, write) has a deadline that
 * {@link IoWatchdog} enforces by closing the socket, so a relay that hangs fails the attempt instead of
 * holding a worker. The socket itself stays in blocking mode without a read timeout: with one, the JDK
 * makes it non-blocking and every wait for a reply costs three system calls (a read that finds nothing,
 * a poll, the read) instead of one; per message, eight instead of four.
 */
final class SmtpConnection implements AutoCloseable {

    /** A reply from the relay that refuses a message: its code decides bounce (5xx) or retry (4xx). */
    static final class Refused extends IOException {
        final int code;
        /** True when the relay closed the connection with it (421, or gone after the reply). */
        final boolean closed;

        Refused(int code, String reply, boolean closed) {
            super(reply);
            this.code = code;
            this.closed = closed;
        }
    }

    private record Reply(int code, String text) {
        boolean positive() {
            return code >= 200 && code < 400;
        }
    }

    private final MailSettings.Smtp smtp;
    private final long timeoutMillis;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private final Set<String> extensions = new HashSet<>();
    /** The next message's envelope, sent with the end of the one before; null when none is. */
    private Staged staged;
    /** Whether the message of the last transaction reached the relay (a retry could then duplicate it). */
    private boolean contentSent;
    /** System.nanoTime() by which the step under way must finish, 0 when none is (see {@link IoWatchdog}). */
    private volatile long deadline;
    /** Set when the watchdog closed the socket, so that the step fails as a timeout, not as a closed socket. */
    private volatile boolean timedOut;

    /** One blocking step of the session. */
    private interface Step<T> {
        T run() throws IOException;
    }

    private SmtpConnection(MailSettings.Smtp smtp) {
        this.smtp = smtp;
        this.timeoutMillis = smtp.timeout().toMillis();
    }

    static SmtpConnection open(MailSettings.Smtp smtp, String heloName) throws IOException {
        SmtpConnection c = new SmtpConnection(smtp);
        try {
            c.connect(heloName);
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void connect(String heloName) throws IOException {
        Socket plain = new Socket();
        socket = plain;
        IoWatchdog.watch(this);
        timed(() -> {
            plain.connect(new InetSocketAddress(smtp.host(), smtp.port()));
            return null;
        });
        plain.setTcpNoDelay(true);
        use(smtp.security() == MailSettings.Security.TLS ? timed(() -> tls(plain)) : plain);
        expect(read(), "greeting");
        hello(heloName);
        if (smtp.security() == MailSettings.Security.STARTTLS) {
            if (!extensions.contains("STARTTLS")) {
                throw new IOException("The relay does not offer STARTTLS, which amicus.mail.smtp.security requires");
            }
            expect(command("STARTTLS"), "STARTTLS");
            Socket unencrypted = socket;
            use(timed(() -> tls(unencrypted)));
            hello(heloName);
        }
        if (smtp.username() != null && !smtp.username().isBlank()) {
            authenticate();
        }
    }

    private void use(Socket s) throws IOException {
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 8192);
        out = new BufferedOutputStream(s.getOutputStream(), 65536);
    }

    private SSLSocket tls(Socket plain) throws IOException {
        SSLSocket s = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, smtp.host(),
                smtp.port(), true);
        SSLParameters params = s.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        s.setSSLParameters(params);
        s.startHandshake();
        return s;
    }

    private void hello(String heloName) throws IOException {
        extensions.clear();
        Reply ehlo = command("EHLO " + heloName);
        if (!ehlo.positive()) {
            expect(command("HELO " + heloName), "HELO");
            return;
        }
        for (String line : ehlo.text().split("\n")) {
            String keyword = line.length() > 4 ? line.substring(4).trim().toUpperCase(Locale.ROOT) : "";
            extensions.add(keyword.split(" ")[0]);
            if (keyword.startsWith("AUTH ")) {
                for (String mechanism : keyword.substring(5).split(" ")) {
                    extensions.add("AUTH=" + mechanism);
                }
            }
        }
    }

    private void authenticate() throws IOException {
        Base64.Encoder b64 = Base64.getEncoder();
        if (extensions.contains("AUTH=PLAIN")) {
            String token = "\0" + smtp.username() + "\0" + (smtp.password() == null ? "" : smtp.password());
            expect(command("AUTH PLAIN " + b64.encodeToString(token.getBytes(StandardCharsets.UTF_8))), "AUTH");
        } else if (extensions.contains("AUTH=LOGIN")) {
            expect(command("AUTH LOGIN"), "AUTH");
            expect(command(b64.encodeToString(smtp.username().getBytes(StandardCharsets.UTF_8))), "AUTH");
            expect(command(b64.encodeToString((smtp.password() == null ? "" : smtp.password()).getBytes(StandardCharsets.UTF_8))),
                    "AUTH");
        } else {
            throw new IOException("The relay offers neither AUTH PLAIN nor AUTH LOGIN");
        }
    }

    /**
     * Sends one message to one recipient and returns the relay's reply to it. A refusal of the
     * sender, the recipient or the message throws {@link Refused} with the relay's reply, after
     * which the connection is ready for the next message unless the refusal says it closed.
     */
    String send(String from, String to, byte[] message) throws IOException {
        return send(from, to, message, null, null);
    }

    /**
     * As {@link #send(String, String, byte[])}; with the next message's envelope given and PIPELINING
     * offered, its MAIL, RCPT and DATA go out in the same packet as this message's end (RFC 2920 3.1 lets
     * message content open a group), and their replies are read with this message's. The next message
     * then costs one round trip, not two: half the waits, and half the system calls on both sides.
     */
    String send(String from, String to, byte[] message, String nextFrom, String nextTo) throws IOException {
        contentSent = false;
        Staged envelope = staged != null && staged.from.equals(from) && staged.to.equals(to) ? staged : envelope(from, to);
        staged = null;
        accept(envelope);
        boolean stage = nextFrom != null && extensions.contains("PIPELINING") && allowed(nextFrom, nextTo);
        writeDotStuffed(message, stage ? commands(nextFrom, nextTo) : null);
        contentSent = true;
        Reply done = read();
        if (stage && done.code() != 421) {
            try {
                staged = replies(nextFrom, nextTo);
            } catch (IOException e) {
                // This message's fate is known; the next one finds the connection closed and starts afresh.
                socket.close();
            }
        }
        if (!done.positive()) {
            throw new Refused(done.code(), done.text(), done.code() == 421);
        }
        return done.text();
    }

    /** An envelope sent and its three replies (MAIL, RCPT, DATA), ahead of its content. */
    private record Staged(String from, String to, Reply mail, Reply rcpt, Reply data) {
    }

    private boolean allowed(String from, String to) {
        return isAscii(from) && isAscii(to) || smtp.utf8Addresses() && extensions.contains("SMTPUTF8");
    }

    /** The envelope's three command lines, MAIL, RCPT and DATA, without their line ends. */
    private static String[] lines(String from, String to) {
        boolean utf8 = !isAscii(from) || !isAscii(to);
        return new String[] { "MAIL FROM:<" + from + ">" + (utf8 ? " SMTPUTF8" : ""), "RCPT TO:<" + to + ">", "DATA" };
    }

    private static byte[] commands(String from, String to) {
        return (String.join("\r\n", lines(from, to)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** MAIL, RCPT and DATA for one message: in one packet when the relay pipelines, else one by one. */
    private Staged envelope(String from, String to) throws IOException {
        if (!allowed(from, to)) {
            throw new Refused(553, "553 5.6.7 A UTF-8 address needs SMTPUTF8, which the relay or amicus.mail.smtp.utf8-addresses does not allow", false);
        }
        if (extensions.contains("PIPELINING")) {
            write(commands(from, to));
            return replies(from, to);
        }
        String[] lines = lines(from, to);
        Reply mail = command(lines[0]);
        Reply rcpt = mail.positive() ? command(lines[1]) : mail;
        return new Staged(from, to, mail, rcpt, rcpt.positive() ? command(lines[2]) : rcpt);
    }

    private Staged replies(String from, String to) throws IOException {
        Reply mail = read();
        Reply rcpt = readAfter(mail);
        return new Staged(from, to, mail, rcpt, readAfter(rcpt.positive() ? mail : rcpt));
    }

    /** Goes on to the content only after a 354; otherwise resets the transaction and throws the refusal. */
    private void accept(Staged envelope) throws IOException {
        Reply refusal = !envelope.mail().positive() ? envelope.mail() : !envelope.rcpt().positive() ? envelope.rcpt() : null;
        if (refusal == null && envelope.data().code() == 354) {
            return;
        }
        if (envelope.data().code() == 354) {
            // Cannot happen with a correct relay; a half-open transaction is not worth saving.
            close();
            throw new Refused(refusal.code(), refusal.text(), true);
        }
        Reply why = refusal != null ? refusal : envelope.data();
        boolean closed = why.code() == 421;
        if (!closed) {
            try {
                command("RSET");
            } catch (IOException e) {
                closed = true;
            }
        }
        throw new Refused(why.code(), why.text(), closed);
    }

    boolean contentSent() {
        return contentSent;
    }

    /** The next reply of a pipelined group; when the connection drops after a refusal, that refusal. */
    private Reply readAfter(Reply previous) throws IOException {
        try {
            return read();
        } catch (IOException e) {
            if (!previous.positive()) {
                throw new Refused(previous.code(), previous.text(), true);
            }
            throw e;
        }
    }

    private Reply command(String line) throws IOException {
        write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        return read();
    }

    private static void expect(Reply reply, String what) throws IOException {
        if (!reply.positive()) {
            throw new Refused(reply.code(), what + ": " + reply.text(), reply.code() == 421);
        }
    }

    /**
     * The message with every line that starts with a dot doubled (RFC 5321 4.5.2), then the end mark and,
     * when given, the next message's commands, all in one flush.
     */
    private void writeDotStuffed(byte[] message, byte[] next) throws IOException {
        timed(() -> {
            int from = 0;
            for (int i = 0; i < message.length; i++) {
                if (message[i] == '.' && (i == 0 || message[i - 1] == '\n')) {
                    out.write(message, from, i - from);
                    out.write('.');
                    from = i;
                }
            }
            out.write(message, from, message.length - from);
            if (message.length < 2 || message[message.length - 1] != '\n') {
                out.write(new byte[] { '\r', '\n' });
            }
            out.write(new byte[] { '.', '\r', '\n' });
            if (next != null) {
                out.write(next);
            }
            out.flush();
            return null;
        });
    }

    private void write(byte[] bytes) throws IOException {
        timed(() -> {
            out.write(bytes);
            out.flush();
            return null;
        });
    }

    /** Runs a step under the deadline; past it the watchdog has closed the socket, and the step fails as timed out. */
    private <T> T timed(Step<T> step) throws IOException {
        deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        try {
            return step.run();
        } catch (IOException e) {
            if (timedOut) {
                throw new SocketTimeoutException("The relay made no progress for " + timeoutMillis + " ms");
            }
            throw e;
        } finally {
            deadline = 0;
        }
    }

    /** Closes the socket when a step has not finished by its deadline (a relay that hangs or stopped reading). */
    void abortIfOverdue(long now) {
        long due = deadline;
        if (due != 0 && now - due > 0) {
            timedOut = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all the watchdog can do.
            }
        }
    }

    /** One reply, single or multi-line ("250-..." lines then "250 ..."), its lines joined by newlines. */
    private Reply read() throws IOException {
        return timed(this::readReply);
    }

    private Reply readReply() throws IOException {
        StringBuilder text = new StringBuilder(64);
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            line.reset();
            for (int b; (b = in.read()) != '\n';) {
                if (b < 0) {
                    throw new EOFException("The relay closed the connection");
                }
                if (b != '\r' && line.size() < 2000) {
                    line.write(b);
                }
            }
            String l = line.toString(StandardCharsets.UTF_8);
            if (l.length() < 3 || !Character.isDigit(l.charAt(0)) || !Character.isDigit(l.charAt(1))
                    || !Character.isDigit(l.charAt(2))) {
                throw new IOException("Not an SMTP reply: " + l);
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(l);
            if (l.length() == 3 || l.charAt(3) != '-') {
                return new Reply(Integer.parseInt(l.substring(0, 3)), text.toString());
            }
        }
    }

    private static boolean isAscii(String s) {
        return !Chars.any(s, c -> c >= 0x80);
    }

    /** Says QUIT without waiting for the answer and closes the socket. */
    @Override
    public void close() {
        if (socket == null) {
            IoWatchdog.forget(this);
            return;
        }
        try {
            if (!socket.isClosed() && out != null) {
                write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException ignored) {
            // The connection is gone either way.
        } finally {
            IoWatchdog.forget(this);
            try {
                socket.close();
            } catch (IOException ignored) {
                // Already closed.
            }
        }
    }
}
