/* sw-export-markdown.c — the decision record: a meeting's verdict as Markdown in the MADR layout
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentences about the verdict come from sw-report.c and sw-verdict.c, and those
 * about the team from sw-team.c, so the record says exactly what the window says.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-export-markdown.h"
#include "sw-report.h"
#include "sw-save.h"
#include "sw-blind-vote.h"
#include "sw-weights-source.h"
#include "sw-team.h"

/* Text inside a table cell or a list item: one line, no column breaks. */
static void
append_inline (GString    *out,
               const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* "Python and Node.js", "Python, Node.js or Go": `last` joins the last two. */
static char *
join_names (SwDataset      *dataset,
            const gboolean *included,
            const char     *last)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  guint n_included = 0, shown = 0;

  for (guint t = 0; t < n_technologies; t++)
    if (included == NULL || included[t])
      n_included++;

  for (guint t = 0; t < n_technologies; t++)
    {
      if (included != NULL && !included[t])
        continue;

      if (shown > 0)
        /* Translators: the separator of a list of names, "Python, Node.js and Go" */
        g_string_append (names, shown + 1 == n_included ? last : _(", "));
      g_string_append (names, sw_dataset_get_technology (dataset, t)->name);
      shown++;
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
append_title (GString   *out,
              SwVerdict *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  const char *title = sw_dataset_get_title (dataset);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);

  switch (sw_verdict_get_kind (verdict))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      /* Translators: the decision record's title, "Python vs Node.js: use Node.js" */
      g_string_append_printf (out, _("# %s: use %s"), title,
                              sw_dataset_get_technology (dataset, sw_verdict_get_leader (verdict))->name);
      break;
    case SW_VERDICT_KIND_HYBRID:
      {
        g_autofree gboolean *in_split = g_new0 (gboolean, n_technologies);
        g_autofree char *names = NULL;

        for (guint t = 0; t < n_technologies; t++)
          in_split[t] = sw_verdict_get_n_hybrid_criteria (verdict, t) > 0;
        /* Translators: joins the last two names, "Python and Node.js" */
        names = join_names (dataset, in_split, _(" and "));
        /* Translators: the decision record's title, "Python vs Node.js: combine Python and Node.js" */
        g_string_append_printf (out, _("# %s: combine %s"), title, names);
      }
      break;
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      /* Translators: the decision record's title, "Python vs Node.js: undecided" */
      g_string_append_printf (out, _("# %s: undecided"), title);
      break;
    }
  g_string_append (out, "\n\n");
}

static void
append_metadata (GString          *out,
                 SwMeeting  *meeting,
                 GDateTime        *date)
{
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  guint n_participants = sw_meeting_get_n_participants (meeting);

  /* The verdict is a recommendation; accepting it is the team's call. */
  g_string_append_printf (out, "* %s: %s\n", _("Status"), _("proposed"));
  g_string_append_printf (out, "* %s: %s\n", _("Date"), day);
  if (n_participants > 0)
    {
      g_string_append_printf (out, "* %s: ", _("Deciders"));
      for (guint p = 0; p < n_participants; p++)
        {
          if (p > 0)
            g_string_append (out, ", ");
          append_inline (out, sw_meeting_get_participant_name (meeting, p));
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

/* Where the weights came from (sw-weights-source.c): one person's preset,
 * their own, or the mean of the named participants'. Nothing about weights
 * while a blind vote is sealed: the deciders are listed above. */
static void
append_weights_source (GString           *out,
                       SwMeeting        *meeting,
                       const SwBlindVote *blind)
{
  g_autofree char *source = NULL;
  const SwPreset *preset = NULL;

  if (blind->hidden)
    return;

  source = sw_weights_source_dup_sentence (meeting, blind);
  g_string_append (out, source);
  if (sw_weights_source_get_kind (meeting) == SW_WEIGHTS_SOURCE_PRESET)
    preset = sw_weights_source_find_preset (meeting, sw_meeting_get_weights (meeting));
  if (preset != NULL && preset->reason != NULL)
    g_string_append_printf (out, " %s", preset->reason);
  g_string_append (out, "\n\n");
}

static void
append_context (GString           *out,
                SwMeeting        *meeting,
                const SwBlindVote *blind)
{
  SwDataset *dataset = sw_meeting_get_dataset (meeting);
  /* Translators: joins the last two names, "Python or Node.js" */
  g_autofree char *names = join_names (dataset, NULL, _(" or "));
  const char *subtitle = sw_dataset_get_subtitle (dataset);

  g_string_append_printf (out, "## %s\n\n", _("Context and Problem Statement"));

  if (!is_blank (sw_meeting_get_notes (meeting)))
    {
      g_autofree char *notes = g_strstrip (g_strdup (sw_meeting_get_notes (meeting)));
      g_string_append_printf (out, "%s\n\n", notes);
    }
  else
    {
      /* Translators: the question a record answers when the notes are empty, "Which should we choose: Python or Node.js?" */
      g_string_append_printf (out, _("Which should we choose: %s?"), names);
      g_string_append (out, "\n\n");
    }

  /* Translators: "Weighed with the dataset “Python vs Node.js” (Comparing two backend technologies …)." */
  if (subtitle != NULL)
    g_string_append_printf (out, _("Weighed with the dataset “%s” (%s)."), sw_dataset_get_title (dataset), subtitle);
  else
    g_string_append_printf (out, _("Weighed with the dataset “%s”."), sw_dataset_get_title (dataset));
  g_string_append (out, "\n\n");

  append_weights_source (out, meeting, blind);
}

static void
append_drivers (GString   *out,
                SwVerdict *verdict,
                gboolean   is_team)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autofree guint *order = g_new (guint, n_criteria);
  g_autoptr(GString) unweighted = g_string_new (NULL);

  g_string_append_printf (out, "## %s\n\n", _("Decision Drivers"));
  g_string_append (out, is_team
                   ? _("The criteria weighed, heaviest first; each weight is the mean of the participants' shares of their weight, scaled to add up to 10.")
                   : _("The criteria weighed, heaviest first, with their weights (0–10)."));
  g_string_append (out, "\n\n");

  /* Heaviest first; criteria order among equals. */
  for (guint c = 0; c < n_criteria; c++)
    {
      guint j = c;

      while (j > 0 && sw_verdict_get_weight (verdict, order[j - 1]) < sw_verdict_get_weight (verdict, c))
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = c;
    }

  for (guint i = 0; i < n_criteria; i++)
    {
      const SwCriterion *criterion = sw_dataset_get_criterion (dataset, order[i]);
      double weight = sw_verdict_get_weight (verdict, order[i]);
      g_autofree char *shown = sw_format_number (weight);

      if (weight <= 0.0)
        {
          if (unweighted->len > 0)
            g_string_append (unweighted, ", ");
          g_string_append (unweighted, criterion->name);
          continue;
        }

      /* Translators: a decision driver, "Real-time features — weight 8.0: Chat, live updates and streaming" */
      g_string_append (out, "* ");
      g_string_append_printf (out, _("%s — weight %s: %s"), criterion->name, shown, criterion->help);
      g_string_append_c (out, '\n');
    }

  if (unweighted->len > 0)
    {
      g_string_append_c (out, '\n');
      /* Translators: followed by the criteria at weight 0 */
      g_string_append_printf (out, _("Not weighed (0): %s."), unweighted->str);
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_options (GString   *out,
                SwDataset *dataset)
{
  g_string_append_printf (out, "## %s\n\n", _("Considered Options"));
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      const SwTechnology *technology = sw_dataset_get_technology (dataset, t);
      g_string_append_printf (out, "* %s — %s\n", technology->name, technology->summary);
    }
  g_string_append_c (out, '\n');
}

static void
append_chosen (GString   *out,
               SwVerdict *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);

  switch (sw_verdict_get_kind (verdict))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      /* Translators: MADR's outcome line, "Chosen option: **Node.js**." */
      g_string_append_printf (out, _("Chosen option: **%s**."),
                              sw_dataset_get_technology (dataset, sw_verdict_get_leader (verdict))->name);
      break;
    case SW_VERDICT_KIND_HYBRID:
      g_string_append (out, _("Chosen option: **a hybrid**, each technology where it wins clearly."));
      break;
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      g_string_append (out, _("No option is chosen yet."));
      break;
    }
  g_string_append (out, "\n\n");
}

static void
append_team (GString          *out,
             SwMeeting  *meeting,
             SwTeam           *team)
{
  guint n_participants = sw_team_get_n_participants (team);
  g_autofree char *consensus = sw_team_dup_consensus_label (team);
  g_autofree char *agreement = sw_team_dup_agreement_sentence (team);
  g_autofree char *not_voted = sw_meeting_dup_not_voted_sentence (meeting);

  g_string_append_printf (out, "### %s\n\n", _("Team votes"));

  if (not_voted != NULL)
    g_string_append_printf (out, "%s\n\n", not_voted);

  g_string_append_printf (out, "%s. %s\n\n", consensus, agreement);

  g_string_append_printf (out, "| %s | %s | %s |\n|---|---|---|\n",
                          _("Participant"), _("Their own verdict"), _("Without them"));
  for (guint p = 0; p < n_participants; p++)
    {
      const char *name = sw_meeting_get_participant_name (meeting, p);
      g_autofree char *label = sw_team_dup_verdict_label (sw_team_get_participant_verdict (team, p));
      g_autofree char *without = sw_team_dup_without_sentence (team, p, name);

      g_string_append (out, "| ");
      append_inline (out, name);
      g_string_append (out, " | ");
      append_inline (out, label);
      g_string_append (out, " | ");
      append_inline (out, without);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');

  if (sw_team_get_n_disagreements (team) > 0)
    {
      g_string_append (out, _("Where the team disagrees most:"));
      g_string_append (out, "\n\n");
      for (guint i = 0; i < sw_team_get_n_disagreements (team); i++)
        {
          g_autofree char *sentence = sw_team_dup_disagreement_sentence (team, i);
          g_string_append_printf (out, "* %s\n", sentence);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_outcome (GString          *out,
                SwMeeting  *meeting,
                SwVerdict        *verdict,
                SwTeam           *team)
{
  g_auto(GStrv) tipping = team != NULL ? sw_report_dup_team_tipping (meeting, team, NULL) : NULL;
  g_autofree char *report = sw_report_format_text_with_tipping (verdict, (const char * const *) tipping);
  g_auto(GStrv) lines = NULL;

  g_string_append_printf (out, "## %s\n\n", _("Decision Outcome"));
  append_chosen (out, verdict);

  /* The same paragraph as Copy Summary and the command line, one sentence group
   * per paragraph. */
  lines = g_strsplit (report, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_string_append_printf (out, "%s\n\n", lines[i]);

  if (team != NULL)
    append_team (out, meeting, team);
}

/* The pros and cons of a technology in the first "pros-cons" block of the
 * dataset, or NULL. */
static const SwProsAndCons *
find_pros_cons (SwDataset *dataset,
                guint      technology)
{
  for (guint s = 0; s < sw_dataset_get_n_sections (dataset); s++)
    {
      const SwSection *section = sw_dataset_get_section (dataset, s);

      for (guint b = 0; b < section->n_blocks; b++)
        {
          const SwProsConsBlock *block = (const SwProsConsBlock *) section->blocks[b];

          if (sw_block_get_kind (section->blocks[b]) != SW_BLOCK_PROS_CONS)
            continue;

          for (guint e = 0; e < block->n_entries; e++)
            if (block->entries[e].technology == (int) technology)
              return &block->entries[e];
          return NULL;
        }
    }

  return NULL;
}

static void
append_list_items (GString     *out,
                   char *const *items,
                   const char  *label)
{
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_string_append_printf (out, "* %s: ", label);
      append_inline (out, items[i]);
      g_string_append_c (out, '\n');
    }
}

/* Without a pros-cons block: the criteria where the technology's fit is the best
 * (good) or the worst (bad) of all, with the dataset's rationale. */
static void
append_fit_pros_cons (GString   *out,
                      SwDataset *dataset,
                      guint      technology)
{
  guint n_technologies = sw_dataset_get_n_technologies (dataset);

  for (int good = 1; good >= 0; good--)
    for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
      {
        const SwFit *fit = sw_dataset_get_fit (dataset, technology, c);
        gboolean extreme = TRUE;

        for (guint t = 0; t < n_technologies && extreme; t++)
          {
            double other = sw_dataset_get_fit (dataset, t, c)->value;

            if (t != technology && (good ? other >= fit->value : other <= fit->value))
              extreme = FALSE;
          }
        if (!extreme)
          continue;

        g_string_append_printf (out, "* %s: %s — ", good ? _("Good") : _("Bad"),
                                sw_dataset_get_criterion (dataset, c)->name);
        append_inline (out, fit->rationale);
        g_string_append_c (out, '\n');
      }
}

static void
append_pros_cons (GString   *out,
                  SwDataset *dataset)
{
  const char *source = sw_dataset_get_source (dataset);

  g_string_append_printf (out, "## %s\n\n", _("Pros and Cons of the Options"));

  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      const SwTechnology *technology = sw_dataset_get_technology (dataset, t);
      const SwProsAndCons *pros_cons = find_pros_cons (dataset, t);

      g_string_append_printf (out, "### %s\n\n", technology->name);
      if (pros_cons != NULL)
        {
          append_list_items (out, pros_cons->pros, _("Good"));
          append_list_items (out, pros_cons->cons, _("Bad"));
        }
      else
        append_fit_pros_cons (out, dataset, t);
      g_string_append_c (out, '\n');
    }

  if (source != NULL)
    {
      /* Translators: the attribution of the facts, in italics */
      g_string_append_printf (out, _("_Source: %s_"), source);
      g_string_append (out, "\n\n");
    }
}

/* While a blind vote is open the record names no option and shows no weights:
 * only who decides, the context, the options and how far the vote has come. */
static void
append_sealed (GString           *out,
               SwMeeting   *meeting,
               GDateTime         *date,
               const SwBlindVote *blind)
{
  /* Translators: the decision record's title while a blind vote is open, "Python vs Node.js: vote still open" */
  g_string_append_printf (out, _("# %s: vote still open"), sw_dataset_get_title (sw_meeting_get_dataset (meeting)));
  g_string_append (out, "\n\n");
  append_metadata (out, meeting, date);
  append_context (out, meeting, blind);
  append_options (out, sw_meeting_get_dataset (meeting));
  g_string_append_printf (out, "## %s\n\n", _("Decision Outcome"));
  /* Translators: the decision record while a blind vote is open, "2 of 3 participants have voted …" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                            "The vote is still open: %u of %u participant has voted, and the blind vote keeps the result hidden until everyone has. No option is chosen yet.",
                                            "The vote is still open: %u of %u participants have voted, and the blind vote keeps the result hidden until everyone has. No option is chosen yet.",
                                            blind->of),
                          blind->voted, blind->of);
  g_string_append_c (out, '\n');
}

char *
sw_export_markdown (SwMeeting  *meeting,
                    GDateTime        *date)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwTeam) team = NULL;
  g_autoptr(GDateTime) now = NULL;
  SwBlindVote blind;

  g_return_val_if_fail (meeting != NULL, NULL);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  verdict = sw_blind_vote_evaluate (meeting, &team, &blind);
  if (verdict == NULL)
    {
      append_sealed (out, meeting, date, &blind);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  append_title (out, verdict);
  append_metadata (out, meeting, date);
  append_context (out, meeting, &blind);
  append_drivers (out, verdict, team != NULL);
  append_options (out, sw_meeting_get_dataset (meeting));
  append_outcome (out, meeting, verdict, team);
  append_pros_cons (out, sw_meeting_get_dataset (meeting));

  /* One final newline. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
sw_export_markdown_to_file (SwMeeting   *meeting,
                            GDateTime         *date,
                            GFile             *file,
                            GCancellable      *cancellable,
                            GError           **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = sw_export_markdown (meeting, date);

  return sw_save_file_contents (file, text, strlen (text), cancellable, error);
}
