package org.amicus.mail.internal.smtp;

import java.util.Properties;

import org.amicus.mail.internal.MailSettings;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;

/**
 * The configured SMTP relay as a Jakarta Mail session. Every connection has connect, read and write
 * timeouts, so a relay that hangs fails the attempt (and the recipient is retried) instead of
 * holding a worker for ever.
 */
class Relay {

    static {
        // Jakarta Mail looks its stream provider up with a ServiceLoader scan for every multipart it
        // builds, unless this property names it: that scan cost more than the rendering itself.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final MailSettings.Smtp smtp;
    private final Session session;

    Relay(MailSettings.Smtp smtp, String host) {
        this.smtp = smtp;
        Properties p = new Properties();
        String protocol = protocol();
        String timeout = String.valueOf(smtp.timeout().toMillis());
        p.put("mail.transport.protocol", protocol);
        // The name Amicus gives itself (HELO, Message-ID): no lookup of the local host name per message.
        p.put("mail.host", host);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", String.valueOf(smtp.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        p.put("mail." + protocol + ".quitwait", "false");
        p.put("mail." + protocol + ".auth", String.valueOf(smtp.username() != null && !smtp.username().isBlank()));
        if (smtp.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.utf8Addresses()) {
            p.put("mail.mime.allowutf8", "true");
        }
        this.session = Session.getInstance(p);
    }

    Session session() {
        return session;
    }

    SMTPTransport connect() throws MessagingException {
        SMTPTransport transport = (SMTPTransport) session.getTransport(protocol());
        transport.connect(smtp.host(), smtp.port(), blankToNull(smtp.username()), blankToNull(smtp.password()));
        return transport;
    }

    private String protocol() {
        return smtp.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
