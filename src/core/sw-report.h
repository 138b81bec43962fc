/* sw-report.h — a verdict as text and as JSON, for the command line, the clipboard and exports
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "sw-meeting.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

/* How many reasons and tipping points the paragraph names. */
#define SW_REPORT_MAX_REASONS        3
#define SW_REPORT_MAX_TIPPING_POINTS 3

/* A short paragraph, one sentence a line: verdict, scores and confidence, the top
 * reasons, what would change the answer, and robustness when it was estimated. */
char       *sw_report_format_text  (SwVerdict  *verdict);
/* The same paragraph with `tipping` (when not NULL) as what would change the
 * answer, in place of the verdict's own tipping points: a team's, below. */
char       *sw_report_format_text_with_tipping (SwVerdict          *verdict,
                                                const char * const *tipping);
/* A team's "what would change the answer", in terms someone can move: the
 * active participant's sliders with everyone else held, each sentence with
 * every participant's current value on that slider
 * (sw_team_dup_participant_tipping_sentence()), or that none of their sliders
 * alone changes it (docs/scoring.md, "Tipping points in a team"). `marks` is
 * the active participant's sw_team_dup_participant_marks(), or NULL to have
 * them computed. NULL-terminated; empty when no priority is set. */
char      **sw_report_dup_team_tipping (SwMeeting *meeting,
                                        SwTeam     *team,
                                        SwVerdict  *marks);
/* The object described in docs/scoring.md ("verdict", "leader", "scores", …).
 * preset_id names the preset the weights started from, or NULL. */
JsonNode   *sw_report_build_json   (SwVerdict  *verdict,
                                    const char *preset_id);
char       *sw_report_format_json  (SwVerdict  *verdict,
                                    const char *preset_id,
                                    gboolean    pretty);

/* The meeting as every door may show it, through sw_blind_vote_evaluate(). JSON:
 * the verdict's object above with "team" (null alone, else the figures by
 * participant) and "blind" (null, or {"voted": N, "of": M}); while a blind vote
 * is open only "dataset", "verdict": null, "team": null and "blind"
 * (docs/scoring.md). The command line prints these. */
JsonNode   *sw_report_build_meeting_json  (SwMeeting *meeting);
char       *sw_report_format_meeting_json (SwMeeting *meeting,
                                           gboolean    pretty);
/* The paragraph, then the team's figures; while a blind vote is open, its one
 * status line. */
char       *sw_report_format_meeting_text (SwMeeting *meeting);

G_END_DECLS
