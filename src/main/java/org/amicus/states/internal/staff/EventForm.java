package org.amicus.states.internal.staff;

import org.amicus.states.internal.record.Draft;
import org.amicus.states.internal.record.TreatyEvent;

/** The staff form for a treaty event: adding one, correcting one, or voiding one. */
public class EventForm {

    private String type;
    private String date;
    private String instrumentType;
    private String effectiveDate;
    private String source;
    private String note;

    static EventForm of(TreatyEvent e) {
        EventForm f = new EventForm();
        f.type = e.type().name();
        f.date = e.date().toString();
        f.instrumentType = e.instrumentType() == null ? null : e.instrumentType().name();
        f.effectiveDate = e.effectiveDate() == null ? null : e.effectiveDate().toString();
        f.note = e.note();
        return f;
    }

    Draft draft(String iso3, Long supersedes) {
        return new Draft(0, iso3, type, date, instrumentType, effectiveDate, source, note, supersedes, false);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getInstrumentType() {
        return instrumentType;
    }

    public void setInstrumentType(String instrumentType) {
        this.instrumentType = instrumentType;
    }

    public String getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
