/**
 * Cooperation with the Court: situations and cases, arrest warrants and summonses with their dated
 * statuses, suspects' reported travel, the Court's findings of non-compliance, Security Council
 * referrals and deferrals, the Assembly's 2007 recommendations as a checklist per State Party, and
 * the cooperation deficit computed from all of these.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cooperation", allowedDependencies = { "platform", "states" })
package org.amicus.cooperation;
