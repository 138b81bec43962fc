/* sw-block-parts.c — the small parts the comparison's block widgets are made of
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-block-parts.h"
#include "sw-tech-style.h"

static GtkWidget *
setup_label (GtkWidget  *label,
             const char *css_class)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
sw_block_text_label (const char *text,
                     const char *css_class)
{
  return setup_label (gtk_label_new (text), css_class);
}

GtkWidget *
sw_block_heading_label (const char *text,
                        const char *css_class,
                        int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
  return setup_label (label, css_class);
}

GtkWidget *
sw_block_cell_label (const char *text,
                     const char *css_class,
                     int         max_chars)
{
  GtkWidget *label = sw_block_text_label (text, css_class);

  gtk_label_set_width_chars (GTK_LABEL (label), 6);
  gtk_label_set_max_width_chars (GTK_LABEL (label), max_chars);

  return label;
}

void
sw_block_set_optional_text (GtkLabel   *label,
                            const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

GtkWidget *
sw_block_card (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "sw-card");
  /* The color strip at the top follows the card's rounded corners. */
  gtk_widget_set_overflow (box, GTK_OVERFLOW_HIDDEN);

  return box;
}

GtkWidget *
sw_block_card_body (GtkWidget *card,
                    int        spacing)
{
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);

  gtk_widget_add_css_class (body, "sw-card-body");
  gtk_box_append (GTK_BOX (card), body);

  return body;
}

void
sw_block_add_color_strip (GtkWidget *card,
                          int        technology)
{
  GtkWidget *strip;

  if (technology < 0)
    return;

  strip = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (strip, "sw-tech-strip");
  sw_tech_style_add_class (strip, technology, "sw-tech-swatch");
  gtk_box_append (GTK_BOX (card), strip);
}

GtkWidget *
sw_block_color_dot (int technology)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dot, "sw-tech-dot");
  if (technology >= 0)
    sw_tech_style_add_class (dot, technology, "sw-tech-swatch");

  return dot;
}

/* The color helps, the name carries the meaning. */
GtkWidget *
sw_block_tech_pill (SwDataset *dataset,
                    int        technology)
{
  GtkWidget *pill = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name;

  gtk_widget_add_css_class (pill, "sw-tech-pill");
  sw_tech_style_add_class (pill, technology, "sw-tech-tint");
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (pill), sw_block_color_dot (technology));
  name = gtk_label_new (sw_dataset_get_technology (dataset, technology)->name);
  gtk_label_set_selectable (GTK_LABEL (name), TRUE);
  gtk_box_append (GTK_BOX (pill), name);

  return pill;
}

GtkWidget *
sw_block_tech_header (SwDataset  *dataset,
                      int         technology,
                      const char *css_class)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);

  gtk_box_append (GTK_BOX (row), sw_block_color_dot (technology));
  gtk_box_append (GTK_BOX (row),
                  sw_block_text_label (sw_dataset_get_technology (dataset, technology)->name,
                                       css_class));

  return row;
}

GtkWidget *
sw_block_bullet_row (GtkWidget  *dot,
                     const char *title,
                     const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);
  GtkWidget *lines = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_add_css_class (dot, "sw-bullet");
  gtk_box_append (GTK_BOX (row), dot);

  gtk_widget_set_hexpand (lines, TRUE);
  if (title != NULL)
    gtk_box_append (GTK_BOX (lines), sw_block_text_label (title, "sw-item-title"));
  gtk_box_append (GTK_BOX (lines), sw_block_text_label (text, "sw-body"));
  gtk_box_append (GTK_BOX (row), lines);

  return row;
}
