/* sw-window-private.h — the main window's state, shared by its source files
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sw-window.c builds the window and shows the decision; sw-window-meeting.c
 * holds what a meeting does with it: meeting files, exports, present mode, zoom.
 */

#pragma once

#include "sw-decision-form.h"
#include "sw-page-list.h"
#include "sw-recommendation-pane.h"
#include "sw-vote-collection.h"
#include "sw-recovery.h"
#include "sw-window.h"
#include "sw-zoom.h"

G_BEGIN_DECLS

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  SwDataset            *dataset;
  SwMeeting           *meeting;
  guint                 save_meeting_id;

  /* The verdict on screen (the team's, or one person's) and the team, if any. */
  SwVerdict            *verdict;
  SwTeam               *team;
  /* While a slider moves, the verdict's robustness waits until it rests:
   * the source that estimates it, and when the last change came (µs). */
  guint                 robustness_id;
  gint64                last_change_time;

  /* The open meeting file, NULL until opened or saved (the meeting keeps its times). */
  GFile                *meeting_file_file;
  /* A file to open once unsaved changes are dealt with. */
  GFile                *pending_open;
  /* Keeps the meeting on disk as it changes, for after a crash (sw-window-recovery.c). */
  SwRecovery           *recovery;
  /* Set once the user chose to close without saving, so close-request lets go. */
  gboolean              close_confirmed;

  /* Zoom and present mode: how large the window draws. */
  SwZoom               *zoom;
  gboolean              fullscreen_seen;
  /* Whether the pages' list was shown when present mode began, to show it again after. */
  gboolean              reveal_before_present;

  /* Ballots from the participants' devices: NULL unless collecting. */
  SwVoteCollection     *collection;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  /* The main menu's model: its popover is built when the menu first opens. */
  GMenuModel           *primary_menu;
  GtkToggleButton      *present_button;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  GtkWidget            *sidebar;
  SwPageList           *page_list;
  GtkWidget            *content_box;
  GtkStack             *page_stack;
  SwDecisionForm       *decision_form;
  SwRecommendationPane *recommendation_pane;
};

/* sw-window.c: estimates the verdict's robustness now if it waits for a
 * slider to rest, so that what is exported is complete. */
void   sw_window_settle_robustness    (SwWindow       *self);

/* sw-window-meeting.c */
void   sw_window_class_init_meeting   (GtkWidgetClass *widget_class);
void   sw_window_init_meeting         (SwWindow       *self);
void   sw_window_dispose_meeting      (SwWindow       *self);
/* The title follows the meeting file and its unsaved changes. */
void   sw_window_update_title         (SwWindow       *self);
/* The image export is off while a blind vote hides the team's result. */
void   sw_window_update_export_actions (SwWindow      *self);
/* sw-window-votes.c: Collect Votes, and clearing a sealed ballot */
void   sw_window_class_init_votes     (GtkWidgetClass *widget_class);
void   sw_window_dispose_votes        (SwWindow       *self);
/* Whatever is being collected stops: the meeting closes or is replaced. */
void   sw_window_stop_collecting      (SwWindow       *self);
void   sw_window_votes_meeting_replaced (SwWindow    *self);
/* The meeting's own file (NULL for none). */
void   sw_window_set_meeting_file_file    (SwWindow       *self,
                                       GFile          *file);
/* sw-window-recovery.c */
void   sw_window_init_recovery        (SwWindow       *self);
/* sw-window.c: shows a file chooser, which owns itself until it answers;
 * when the user accepts, on_file gets the chosen file. */
typedef void (*SwWindowFileFunc) (SwWindow *self,
                                  GFile    *file);
void   sw_window_choose_file          (SwWindow             *self,
                                       GtkFileChooserNative *chooser,
                                       SwWindowFileFunc      on_file);
/* A toast for short messages, a dialog for long ones. */
void   sw_window_show_error           (SwWindow       *self,
                                       const char     *title,
                                       const char     *message);

G_END_DECLS
