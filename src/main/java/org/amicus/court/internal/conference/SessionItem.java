package org.amicus.court.internal.conference;

/**
 * An item of an Assembly session (the Review Conference first): what it was, the document that
 * settled it and how, and the coalition's position.
 */
public record SessionItem(long id, String sessionName, Kind kind, String title, String outcomeSymbol, String outcome, String position,
        String source) {

    public enum Kind {
        AGENDA_ITEM, AMENDMENT, STOCKTAKING, DECLARATION
    }
}
