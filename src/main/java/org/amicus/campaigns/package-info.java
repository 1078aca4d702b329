/**
 * Campaigns: the coalition's strategies, their strategic areas and goals, each goal measured from
 * the record by a named {@link org.amicus.campaigns.GoalMetric}, never typed in. Later work on
 * campaigns and advocacy grows here; other modules add metrics by declaring {@code GoalMetric} beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns & strategy", allowedDependencies = { "platform", "states", "members", "mail", "media" })
package org.amicus.campaigns;
