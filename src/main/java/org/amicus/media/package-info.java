/**
 * Media monitoring: sources polled politely, stories de-duplicated across outlets, tagged with
 * situations, states, members and journalists, their stance towards the Court classified and
 * corrected by staff, searched and reported per situation; the daily news summary goes out through mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media monitoring",
        allowedDependencies = { "platform", "states", "cooperation", "court", "members", "mail" })
package org.amicus.media;
