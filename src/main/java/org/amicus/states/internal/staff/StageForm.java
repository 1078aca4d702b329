package org.amicus.states.internal.staff;

import org.amicus.states.internal.legislation.StageDraft;
import org.amicus.states.internal.legislation.StageEntry;

/** The staff form for a stage of implementing legislation. */
public class StageForm {

    private String component;
    private String stage;
    private String date;
    private String source;
    private String movedBy;
    private String obstacles;
    private String reason;
    private String lawTitle;
    private String lawNumber;
    private String lawDate;

    /** The form filled with an entry, for its correction; the source is asked again. */
    static StageForm of(StageEntry e) {
        StageForm f = new StageForm();
        f.component = e.component().name();
        f.stage = e.stage().name();
        f.date = e.date().toString();
        f.movedBy = e.movedBy();
        f.obstacles = e.obstacles();
        f.reason = e.reason();
        f.lawTitle = e.lawTitle();
        f.lawNumber = e.lawNumber();
        f.lawDate = e.lawDate() == null ? null : e.lawDate().toString();
        return f;
    }

    StageDraft draft(String iso3, Long supersedes) {
        return new StageDraft(0, iso3, component, stage, date, source, movedBy, obstacles, reason, lawTitle, lawNumber,
                lawDate, supersedes, false);
    }

    public String getComponent() {
        return component;
    }

    public void setComponent(String component) {
        this.component = component;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public void setMovedBy(String movedBy) {
        this.movedBy = movedBy;
    }

    public String getObstacles() {
        return obstacles;
    }

    public void setObstacles(String obstacles) {
        this.obstacles = obstacles;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getLawTitle() {
        return lawTitle;
    }

    public void setLawTitle(String lawTitle) {
        this.lawTitle = lawTitle;
    }

    public String getLawNumber() {
        return lawNumber;
    }

    public void setLawNumber(String lawNumber) {
        this.lawNumber = lawNumber;
    }

    public String getLawDate() {
        return lawDate;
    }

    public void setLawDate(String lawDate) {
        this.lawDate = lawDate;
    }
}
