package org.amicus.court.internal.web;

import java.util.List;
import java.util.Map;

import org.amicus.court.internal.campaign.Assessment;
import org.amicus.court.internal.campaign.NominationCampaign;
import org.amicus.court.internal.campaign.Statement;
import org.amicus.court.internal.election.Elections;
import org.amicus.court.internal.election.VotingRules;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The nomination campaign of an election, open to everyone: assessments, clean slates, the coalition's statements. */
@RestController
@RequestMapping("/api/v1/court")
@Tag(name = "Court monitoring")
class NominationCampaignApi {

    private final Elections elections;
    private final NominationCampaign campaign;

    NominationCampaignApi(Elections elections, NominationCampaign campaign) {
        this.elections = elections;
        this.campaign = campaign;
    }

    /** {@code assessments} by candidate id; {@code cleanSlate} for the whole election, {@code cleanSlates} per list, gender and region. */
    record CampaignJson(Map<Long, Assessment> assessments, boolean cleanSlate, List<VotingRules.Slate> cleanSlates, List<Statement> statements) {
    }

    @Operation(summary = "An election's nomination campaign: the Advisory Committee's assessments, clean slates, the coalition's statements")
    @GetMapping("/elections/{id}/campaign")
    CampaignJson campaign(@PathVariable long id) {
        ElectionView view = ElectionView.of(elections, id);
        return new CampaignJson(campaign.assessments(id), view.cleanSlate(), view.cleanSlates(), campaign.statements(id));
    }
}
