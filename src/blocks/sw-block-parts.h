/* sw-block-parts.h — the small parts the comparison's block widgets are made of
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

/* Every label wraps and can be selected, so that nothing is cut off in a
 * narrow window and any line can be copied into meeting notes. */
GtkWidget *sw_block_text_label      (const char *text,
                                     const char *css_class);
/* A title is a heading for screen readers too, so they can jump between them. */
GtkWidget *sw_block_heading_label   (const char *text,
                                     const char *css_class,
                                     int         level);
/* A label with an upper bound on its natural width, for grids and cards. */
GtkWidget *sw_block_cell_label      (const char *text,
                                     const char *css_class,
                                     int         max_chars);
/* Sets @label's text, and hides it when there is none (NULL). */
void       sw_block_set_optional_text (GtkLabel   *label,
                                       const char *text);

GtkWidget *sw_block_card            (void);
GtkWidget *sw_block_card_body       (GtkWidget  *card,
                                     int         spacing);
/* A thin band in the technology's color along the top of a card (none for -1). */
void       sw_block_add_color_strip (GtkWidget  *card,
                                     int         technology);
GtkWidget *sw_block_color_dot       (int         technology);
/* The technology's name in a tinted pill with a dot of its color. */
GtkWidget *sw_block_tech_pill       (SwDataset  *dataset,
                                     int         technology);
/* A dot and the technology's name, as the header of a card. */
GtkWidget *sw_block_tech_header     (SwDataset  *dataset,
                                     int         technology,
                                     const char *css_class);
/* A dot (or a mark) beside a title (may be NULL) and a text. */
GtkWidget *sw_block_bullet_row      (GtkWidget  *dot,
                                     const char *title,
                                     const char *text);

G_END_DECLS
