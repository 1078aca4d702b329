package org.amicus.mail;

/**
 * For the lists module: an address that left a list or was stopped by its bounces is suppressed on
 * that list; when the person subscribes again and confirms (or staff subscribe them again), the
 * list takes the suppression back. A complaint, which stops all mail, stays.
 */
public interface ListSuppressions {

    /**
     * Lifts the address's suppressions on the list whose List-Id carries this identifier.
     *
     * @param listIdentifier the identifier inside the List-Id's angle brackets ("updates-en.lists.example.org")
     */
    void lift(String address, String listIdentifier);
}
