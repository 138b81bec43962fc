/* sw-score-row.h — one technology's score in the recommendation pane: name, bar, figure
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SW_TYPE_SCORE_ROW (sw_score_row_get_type ())

G_DECLARE_FINAL_TYPE (SwScoreRow, sw_score_row, SW, SCORE_ROW, GtkWidget)

/* A row for the technology called @name, the dataset's @technology (which
 * gives its bar its color, see sw-tech-style.h). @names, when not NULL,
 * gives every row's name one width, so that the bars start at one x. */
GtkWidget *sw_score_row_new       (const char   *name,
                                   guint         technology,
                                   GtkSizeGroup *names);
/* Shows @score out of 100: the figure at once, the bar moving to it. */
void       sw_score_row_set_score (SwScoreRow   *self,
                                   double        score);
double     sw_score_row_get_score (SwScoreRow   *self);

G_END_DECLS
