/* sw-decision-form.h — one priority slider per criterion, presets, reset, undo and redo
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "sw-meeting.h"
#include "sw-tipping-mark.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

#define SW_TYPE_DECISION_FORM (sw_decision_form_get_type ())

G_DECLARE_FINAL_TYPE (SwDecisionForm, sw_decision_form, SW, DECISION_FORM, AdwBin)

/* The preset rows activate "win.apply-preset"; the buttons "win.undo",
 * "win.redo" and "win.reset-weights": the window provides them. */
GtkWidget  *sw_decision_form_new          (void);
/* The sliders write into the decision and follow it. */
void        sw_decision_form_set_meeting (SwDecisionForm *self,
                                           SwMeeting     *meeting);
/* Marks each criterion's tipping point (if any) on its slider. */
void        sw_decision_form_set_verdict  (SwDecisionForm *self,
                                           SwVerdict      *verdict);
/* While a blind vote keeps the active participant's weights hidden (they have
 * voted): the message replaces the sliders, presets and history; NULL shows them. */
void        sw_decision_form_set_sealed   (SwDecisionForm *self,
                                           const char     *message);
gboolean    sw_decision_form_get_sealed   (SwDecisionForm *self);
/* The preset chooser's popover and the box of its buttons: NULL until it
 * first opens. */
GtkPopover *sw_decision_form_get_preset_popover (SwDecisionForm *self);
GtkWidget  *sw_decision_form_get_preset_list    (SwDecisionForm *self);
/* The slider of a criterion (index in the dataset's criteria), for tests. */
GtkRange   *sw_decision_form_get_scale    (SwDecisionForm *self,
                                           guint           criterion);
/* The mark drawn above that criterion's slider where its tipping point is. */
SwTippingMark *sw_decision_form_get_tipping_mark (SwDecisionForm *self,
                                                  guint           criterion);

G_END_DECLS
