/**
 * States and the Rome Statute tracker: every state, its treaty events dated and sourced, the
 * record as it stood on any date and as it was known at any moment, and the plan's categories.
 */
@org.springframework.modulith.ApplicationModule(displayName = "States & treaty tracker", allowedDependencies = { "platform", "members", "mail" })
package org.amicus.states;
