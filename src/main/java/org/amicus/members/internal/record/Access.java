package org.amicus.members.internal.record;

import java.util.Set;

import org.amicus.platform.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Who may change which record: staff every record; a MEMBER user only their own organisation
 * and the people currently working there. Anything else is refused with 403, on pages and in the API.
 */
@Component
public class Access {

    private static final Set<String> STAFF = Set.of("ROLE_STAFF", "ROLE_ADMIN");

    private final MemberAccounts accounts;
    private final Links links;

    Access(MemberAccounts accounts, Links links) {
        this.accounts = accounts;
        this.links = links;
    }

    /** Refusal as 403 with a problem detail (API) or the error page (pages). */
    public static class Forbidden extends ErrorResponseException {

        public Forbidden() {
            super(HttpStatus.FORBIDDEN);
        }

        @Override
        public String getDetailMessageCode() {
            return "error.forbidden";
        }
    }

    public boolean isStaff() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw new Forbidden();
        }
    }

    /** The organisation the signed-in member speaks for, if any. */
    public java.util.Optional<Long> ownOrganisation() {
        String user = AuditTrail.currentActor();
        return AuditTrail.SYSTEM.equals(user) ? java.util.Optional.empty() : accounts.organisationOf(user);
    }

    public void requireOrganisation(long organisationId) {
        if (!isStaff() && !ownOrganisation().map(o -> o == organisationId).orElse(false)) {
            throw new Forbidden();
        }
    }

    public void requirePerson(long personId) {
        if (isStaff()) {
            return;
        }
        long own = ownOrganisation().orElseThrow(Forbidden::new);
        boolean works = links.affiliationsOfPerson(personId).stream()
            .anyMatch(a -> a.organisationId() == own && (a.toDate() == null || !a.toDate().isBefore(java.time.LocalDate.now())));
        if (!works) {
            throw new Forbidden();
        }
    }
}
