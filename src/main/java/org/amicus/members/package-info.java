/**
 * Members and contacts: the coalition's organisations, people, groups, experts, officials and
 * journalists; search and smart groups; import, merge, member self-service and data protection.
 * Its public API ({@link org.amicus.members.Members}) lets later modules look records up, turn a
 * smart group into an audience and check consent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members & contacts", allowedDependencies = "platform")
package org.amicus.members;
