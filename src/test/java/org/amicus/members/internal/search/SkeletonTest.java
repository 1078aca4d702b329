package org.amicus.members.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Latin spellings of Arabic names meet the Arabic by their consonants. */
class SkeletonTest {

    @Test
    void latinSpellingsOfOneArabicNameShareItsSkeleton() {
        assertThat(Skeleton.of("محمد")).containsExactly("mhmd");
        for (String spelling : new String[] { "Mohamed", "Mohammed", "Muhammad", "Mouhamed" }) {
            assertThat(Skeleton.of(spelling)).as(spelling).containsExactly("mhmd");
        }
        assertThat(Skeleton.of("البشير")).containsExactly("l", "bsr");
        assertThat(Skeleton.of("Al-Bashir")).containsExactly("l", "bsr");
        assertThat(Skeleton.of("El Bachir")).containsExactly("l", "bsr");
        // A code is not a name: "zq1abc" would otherwise give the keys of "zq" and "abc".
        assertThat(Skeleton.of("Ann zq1abc")).containsExactly("n");
        assertThat(Skeleton.of("خالد")).isEqualTo(Skeleton.of("Khaled"));
        assertThat(Skeleton.of("فاطمة")).isEqualTo(Skeleton.of("Fatima"));
        assertThat(Skeleton.of("يوسف")).isEqualTo(Skeleton.of("Youssef"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(Skeleton.of("Karim")).isNotEqualTo(Skeleton.of("محمد"));
        assertThat(Skeleton.of("Hassan")).isNotEqualTo(Skeleton.of("Hussein Bashir"));
        assertThat(Skeleton.of("Aua")).isEmpty();
    }
}
