/* sw-choice-button.h — one choice among a few strings, looking like a GtkDropDown
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_CHOICE_BUTTON (sw_choice_button_get_type ())

G_DECLARE_FINAL_TYPE (SwChoiceButton, sw_choice_button, SW, CHOICE_BUTTON, GtkWidget)

/* @items: the choices' labels, NULL-terminated (copied); item 0 is selected. */
GtkWidget *sw_choice_button_new          (const char * const *items);
guint      sw_choice_button_get_selected (SwChoiceButton     *self);
/* Notifies "selected" when it changes, as a choice in the popover does. */
void       sw_choice_button_set_selected (SwChoiceButton     *self,
                                          guint               selected);
/* Opens the list of choices (built the first time). */
void       sw_choice_button_popup        (SwChoiceButton     *self);
/* The list of choices: NULL until it first opens (for tests). */
GtkPopover *sw_choice_button_get_popover (SwChoiceButton     *self);

G_END_DECLS
