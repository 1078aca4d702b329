package org.amicus.mail;

import java.util.List;

/**
 * A message received by the embedded SMTP listener or from the polled IMAP mailbox that is not a
 * bounce: a list post, for the lists module. Loops and auto-replies are already refused.
 *
 * @param recipients the envelope recipients at Amicus's own domains
 * @param raw        the message as received (RFC 5322 bytes)
 */
public record InboundMessage(String envelopeFrom, List<String> recipients, byte[] raw) {
}
