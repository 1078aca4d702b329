package org.amicus.campaigns.internal.alerts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.amicus.platform.Language;

/** The staff form of an alert; texts are keyed by language code ("title[fr]"). */
public class AlertForm {

    private String kind = "PETITION";
    private String slug;
    private String targetOffice;
    private String targetState;
    private String targetGroup;
    private String dailyCap = "50";
    private Map<String, String> title = new LinkedHashMap<>();
    private Map<String, String> appeal = new LinkedHashMap<>();
    private Map<String, String> letterSubject = new LinkedHashMap<>();
    private Map<String, String> letterText = new LinkedHashMap<>();

    public static AlertForm of(Alert a) {
        AlertForm f = new AlertForm();
        f.kind = a.kind().name();
        f.slug = a.slug();
        f.targetOffice = a.targetOffice();
        f.targetState = a.targetState();
        f.targetGroup = a.targetGroup();
        f.dailyCap = Integer.toString(a.dailyCap());
        a.texts().forEach((l, t) -> {
            f.title.put(l.code(), t.title());
            f.appeal.put(l.code(), t.appeal());
            f.letterSubject.put(l.code(), t.letterSubject());
            f.letterText.put(l.code(), t.letterText());
        });
        return f;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTargetOffice() {
        return targetOffice;
    }

    public void setTargetOffice(String targetOffice) {
        this.targetOffice = targetOffice;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getTargetState() {
        return targetState;
    }

    public void setTargetState(String targetState) {
        this.targetState = targetState;
    }

    public String getDailyCap() {
        return dailyCap;
    }

    public void setDailyCap(String dailyCap) {
        this.dailyCap = dailyCap;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public void setTitle(Map<String, String> title) {
        this.title = title;
    }

    public Map<String, String> getAppeal() {
        return appeal;
    }

    public void setAppeal(Map<String, String> appeal) {
        this.appeal = appeal;
    }

    public Map<String, String> getLetterSubject() {
        return letterSubject;
    }

    public void setLetterSubject(Map<String, String> letterSubject) {
        this.letterSubject = letterSubject;
    }

    public Map<String, String> getLetterText() {
        return letterText;
    }

    public void setLetterText(Map<String, String> letterText) {
        this.letterText = letterText;
    }
}
