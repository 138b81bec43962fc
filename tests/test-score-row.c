/* test-score-row.c — a technology's score in the pane: its figure, its bar, one column of names
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-score-row.h"
#include "sw-test.h"

typedef struct
{
  GtkWidget    *window;
  GtkSizeGroup *names;
  SwScoreRow   *rows[2];
} Fixture;

/* Two rows under each other, as the pane holds them. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char *names[] = { "Python", "Node.js" };

  fixture->window = gtk_window_new ();
  fixture->names = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 500, 200);
  for (guint t = 0; t < G_N_ELEMENTS (fixture->rows); t++)
    {
      fixture->rows[t] = SW_SCORE_ROW (sw_score_row_new (names[t], t, fixture->names));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->rows[t]));
    }
  gtk_window_set_child (GTK_WINDOW (fixture->window), box);
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->names);
  sw_test_iterate ();
}

static GtkWidget *
part (SwScoreRow *row,
      GType       type)
{
  GtkWidget *widget = sw_test_find_descendant (GTK_WIDGET (row), type, NULL);

  g_assert_nonnull (widget);
  return widget;
}

typedef struct
{
  GtkLevelBar *bar;
  double       value;
} BarAt;

static gboolean
bar_reached (gpointer data)
{
  BarAt *at = data;

  return gtk_level_bar_get_value (at->bar) == at->value;
}

/* The figure at once, the bar moving to it; the bar is named by the name and
 * wears its technology's color class. */
static void
test_score_row_score (Fixture       *fixture,
                      gconstpointer  data)
{
  SwScoreRow *row = fixture->rows[1];
  GtkWidget *name = sw_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL, "Node.js");
  GtkLevelBar *bar = GTK_LEVEL_BAR (part (row, GTK_TYPE_LEVEL_BAR));
  GtkInscription *figure = GTK_INSCRIPTION (part (row, GTK_TYPE_INSCRIPTION));
  BarAt at = { bar, 69.2 };

  g_assert_nonnull (name);
  g_assert_cmpfloat (gtk_level_bar_get_min_value (bar), ==, 0.0);
  g_assert_cmpfloat (gtk_level_bar_get_max_value (bar), ==, 100.0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bar), "tech-1"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bar), "sw-tech-bar"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_ROLE_METER);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY, name, NULL);

  sw_score_row_set_score (row, 69.2);
  g_assert_cmpstr (gtk_inscription_get_text (figure), ==, "69.2");
  g_assert_cmpfloat (sw_score_row_get_score (row), ==, 69.2);
  g_assert_true (sw_test_wait_until (bar_reached, &at, 5000));

  /* Down again, the other row untouched. */
  at.value = 12.5;
  sw_score_row_set_score (row, 12.5);
  g_assert_cmpstr (gtk_inscription_get_text (figure), ==, "12.5");
  g_assert_true (sw_test_wait_until (bar_reached, &at, 5000));
  g_assert_cmpfloat (gtk_level_bar_get_value (GTK_LEVEL_BAR (part (fixture->rows[0], GTK_TYPE_LEVEL_BAR))), ==, 0.0);
  g_assert_cmpstr (gtk_inscription_get_text (GTK_INSCRIPTION (part (fixture->rows[0], GTK_TYPE_INSCRIPTION))), ==,
                   NULL);
}

/* The names share one width, so the bars start at one x and end at one x,
 * the figures after them. */
static void
test_score_row_columns (Fixture       *fixture,
                        gconstpointer  data)
{
  graphene_rect_t bars[2], figures[2];

  sw_score_row_set_score (fixture->rows[0], 70.1);
  sw_score_row_set_score (fixture->rows[1], 69.2);
  gtk_test_widget_wait_for_draw (fixture->window);
  for (guint t = 0; t < 2; t++)
    {
      g_assert_true (gtk_widget_compute_bounds (part (fixture->rows[t], GTK_TYPE_LEVEL_BAR), fixture->window,
                                                &bars[t]));
      g_assert_true (gtk_widget_compute_bounds (part (fixture->rows[t], GTK_TYPE_INSCRIPTION), fixture->window,
                                                &figures[t]));
      g_assert_cmpfloat (figures[t].origin.x, >, bars[t].origin.x + bars[t].size.width);
    }
  g_assert_cmpfloat (bars[0].origin.x, ==, bars[1].origin.x);
  g_assert_cmpfloat (bars[0].size.width, ==, bars[1].size.width);
  g_assert_cmpfloat (figures[0].origin.x, ==, figures[1].origin.x);
  g_assert_cmpfloat (bars[0].size.width, >, 200);
}

static void
test_score_row_lifetime (void)
{
  g_autoptr(GtkSizeGroup) names = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  GtkWidget *row = sw_score_row_new ("Python", 0, names);

  g_object_ref_sink (row);
  sw_score_row_set_score (SW_SCORE_ROW (row), 50.0);
  g_assert_finalize_object (row);
  g_assert_null (gtk_size_group_get_widgets (names));
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add ("/stackwise/score-row/score", Fixture, NULL, fixture_set_up, test_score_row_score, fixture_tear_down);
  g_test_add ("/stackwise/score-row/columns", Fixture, NULL, fixture_set_up, test_score_row_columns,
              fixture_tear_down);
  g_test_add_func ("/stackwise/score-row/lifetime", test_score_row_lifetime);

  return g_test_run ();
}
