/* sw-wrap.c — a floor under the width of wrapping labels
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 finds a wrapping label's minimum width by laying its text out at
 * the label's width in characters, or, when it has none, at width 0. At
 * width 0 with word-char wrapping, Pango 1.50 puts every character on a line
 * of its own and, for each, shapes it once more with a hyphen to see whether
 * a hyphenated break fits. Before the first frame that was 1,900 of the
 * 4,800 shapings of the window's text, some 40 M instructions: each question
 * of the situation panel was shaped about 40 times.
 *
 * A floor of eight characters takes that away. No label here is ever that
 * narrow where it is shown (the form, the pane and the team panel are all
 * wider), so the window looks the same at every size, and its minimum width
 * stays what it was. Ten would widen the pane's minimum: its verdict's
 * large type makes ten characters wider than anything else in the pane.
 * Labels keep word-char wrapping, so a long word of a dataset (a web
 * address, say) still breaks rather than widening the form.
 *
 * The comparison pages are left as they are: they are made when first
 * shown, and their grids of many columns narrow further than eight characters
 * a column on a small window.
 */

#include "config.h"

#include "sw-wrap.h"

void
sw_wrap_floor_label (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  /* An ellipsizing label is measured at width 0 cheaply: Pango ellipsizes
   * the whole text at once. */
  if (gtk_label_get_wrap (label)
      && gtk_label_get_ellipsize (label) == PANGO_ELLIPSIZE_NONE
      && gtk_label_get_width_chars (label) < 0)
    gtk_label_set_width_chars (label, SW_WRAP_MIN_CHARS);
}

void
sw_wrap_floor_within (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_LABEL (widget))
    sw_wrap_floor_label (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    sw_wrap_floor_within (child);
}
