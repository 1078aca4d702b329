/**
 * Platform: security, users and roles, localisation, the audit trail, errors and operations.
 * Every other module may use its top-level API; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.amicus.platform;
