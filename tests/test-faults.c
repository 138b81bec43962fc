/* test-faults.c — the window's file doors under faults: bad files, files that change under it, failing saves
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/fs.h>

#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-meeting-file.h"
#include "sw-test.h"
#include "sw-window.h"

typedef struct
{
  GApplication *app;
  SwWindow     *window;
  char         *dir;        /* a temporary folder for the files of one test */
  char         *locked;     /* a path made read-only, to unlock on tear-down */
} Fixture;

/* Files */

/* The names in @dir, sorted, one a line: a failed save must leave no
 * temporary file behind. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv ("\n", (char **) names->pdata);
}

/* Read-only, as far as this process can tell: the permission bits for a
 * user, the immutable attribute for root (whom permissions do not stop).
 * FALSE when neither works here (a file system without the attribute). */
static gboolean
set_immutable (const char *path,
               gboolean    immutable)
{
  int fd = open (path, O_RDONLY | O_NONBLOCK);
  int flags = 0;
  gboolean done;

  if (fd < 0)
    return FALSE;
  done = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (done)
    {
      flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      done = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);

  return done;
}

static gboolean
can_create_in (const char *dir)
{
  g_autofree char *probe = g_build_filename (dir, "probe", NULL);
  int fd = g_open (probe, O_WRONLY | O_CREAT | O_EXCL, 0644);

  if (fd < 0)
    return FALSE;
  close (fd);
  g_remove (probe);
  return TRUE;
}

static gboolean
make_read_only (Fixture    *fixture,
                const char *path)
{
  gboolean is_dir = g_file_test (path, G_FILE_TEST_IS_DIR);

  fixture->locked = g_strdup (path);
  g_assert_cmpint (g_chmod (path, is_dir ? 0555 : 0444), ==, 0);
  if (is_dir ? !can_create_in (path) : g_access (path, W_OK) != 0)
    return TRUE;

  /* root: permissions do not stop it. */
  return set_immutable (path, TRUE) && !(is_dir && can_create_in (path));
}

static void
unlock (Fixture *fixture)
{
  if (fixture->locked == NULL)
    return;

  set_immutable (fixture->locked, FALSE);
  g_chmod (fixture->locked, g_file_test (fixture->locked, G_FILE_TEST_IS_DIR) ? 0755 : 0644);
  g_clear_pointer (&fixture->locked, g_free);
}

/* The window */

/* The message must be shown, in a toast or a dialog; then it is dismissed so
 * that the next one is not mistaken for it. */
static void
assert_message_shown (SwWindow   *window,
                      const char *expected)
{
  if (!sw_test_wait_for_message (GTK_WIDGET (window), expected, 5000))
    g_error ("the window shows no message containing “%s”", expected);
}

static void
dismiss_messages (SwWindow *window)
{
  sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);
  sw_test_close_toasts (GTK_WIDGET (window));
}

/* Everything a failed open or save must leave as it was. */
static char *
state_of (SwWindow *window)
{
  SwMeeting *meeting = sw_window_get_meeting (window);
  g_autofree char *data = sw_meeting_file_to_data (meeting, NULL);
  GFile *file = sw_window_get_meeting_file_file (window);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  return g_strdup_printf ("dataset %s\nfile %s\nmodified %d\nundo %d\n%s",
                          sw_dataset_get_id (sw_window_get_dataset (window)), path,
                          sw_meeting_get_modified (meeting), sw_meeting_can_undo (meeting), data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *small = sw_test_data_path ("minimal.json", NULL);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  g_autoptr(GError) error = NULL;
  SwMeeting *meeting;

  /* libadwaita 1.2 crashes when a toast is closed while it is still sliding
   * in (see src/sw-toast.c); without animations it is in place at once, so
   * these tests close each message's toast without waiting. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  fixture->dir = g_dir_make_tmp ("stackwise-faults-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->app = sw_test_application_new ();
  fixture->window = sw_window_new (SW_APPLICATION (fixture->app));
  sw_test_present_and_wait (GTK_WINDOW (fixture->window));

  /* The dataset the meeting file fixtures in tests/data/meetings are made for,
   * and a meeting in progress worth protecting. */
  g_assert_true (sw_window_load_dataset_file (fixture->window, small_file, &error));
  g_assert_no_error (error);
  meeting = sw_window_get_meeting (fixture->window);
  sw_meeting_add_participant (meeting, "Ana");
  sw_meeting_set_weight (meeting, 0, 9.5);
  sw_meeting_add_participant (meeting, "Ben");
  sw_meeting_set_weight (meeting, 1, 1.5);
  sw_meeting_set_notes (meeting, "Choosing the backend for the order tracker.");
  sw_test_iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);
  unlock (fixture);
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  sw_test_iterate ();
  g_clear_object (&fixture->app);
  sw_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
save_meeting (Fixture    *fixture,
              const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_window_save_meeting_file (fixture->window, file, &error));
  g_assert_no_error (error);
  g_assert_false (sw_meeting_get_modified (sw_window_get_meeting (fixture->window)));

  return g_steal_pointer (&path);
}

/* Opens @path through one of the window's own doors (what File → Open or
 * Open Comparison does once a file is chosen) and checks that it is refused
 * with a message naming the file, and that nothing else changed. */
static void
assert_refused_by (Fixture    *fixture,
                   void      (*open) (SwWindow *window,
                                      GFile    *file),
                   const char *path,
                   const char *reason)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = state_of (fixture->window);
  g_autofree char *after = NULL;
  g_autofree char *name = g_path_get_basename (path);

  g_test_message ("opening %s", path);
  open (fixture->window, file);
  assert_message_shown (fixture->window, name);
  if (reason != NULL)
    assert_message_shown (fixture->window, reason);
  dismiss_messages (fixture->window);

  after = state_of (fixture->window);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
assert_open_refused (Fixture    *fixture,
                     const char *path,
                     const char *reason)
{
  assert_refused_by (fixture, sw_window_open_meeting, path, reason);
}

static void
assert_dataset_open_refused (Fixture    *fixture,
                             const char *path,
                             const char *reason)
{
  assert_refused_by (fixture, sw_window_open_dataset, path, reason);
}

static char *
write_in (Fixture    *fixture,
          const char *name,
          const char *contents,
          gssize      length)
{
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* Bad files of every kind */

static void
test_bad_meeting_files (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *fixtures = sw_test_data_path ("meetings", NULL);
  guint n_participants = sw_meeting_get_n_participants (sw_window_get_meeting (fixture->window));
  g_autofree char *good = save_meeting (fixture, "meeting.stackwise");
  g_autofree char *good_text = sw_test_read_file (good);
  g_autoptr(GDir) dir = g_dir_open (fixtures, 0, NULL);
  g_autofree char *big = NULL;
  g_autofree char *garbage = NULL;
  const char *name;
  guint n_fixtures = 0;

  /* The loader's own bad fixtures. */
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixtures, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(SwMeeting) meeting =
        sw_meeting_file_read_file (file, sw_window_get_dataset (fixture->window), NULL, NULL);

      if (meeting == NULL)
        {
          assert_open_refused (fixture, path, NULL);
          n_fixtures++;
        }
    }
  g_assert_cmpuint (n_fixtures, >=, 10);

  /* What a disk, a download or an editor can make of a meeting file. */
  {
    g_autofree char *path = write_in (fixture, "empty.stackwise", "", 0);

    assert_open_refused (fixture, path, "empty");
  }
  {
    g_autofree char *half = g_strndup (good_text, strlen (good_text) / 2);
    g_autofree char *path = write_in (fixture, "cut-off.stackwise", half, -1);

    assert_open_refused (fixture, path, "ends too early");
  }
  {
    g_autofree char *twice = g_strconcat (good_text, good_text, NULL);
    g_autofree char *path = write_in (fixture, "twice.stackwise", twice, -1);

    assert_open_refused (fixture, path, "more follows");
  }
  {
    g_autofree char *path = write_in (fixture, "surrogate.stackwise",
                                      "{ \"format\": 1, \"notes\": \"\\ud800\" }", -1);

    assert_open_refused (fixture, path, "surrogate");
  }
  {
    g_autofree char *path = write_in (fixture, "comment.stackwise", "/* nothing */", -1);

    assert_open_refused (fixture, path, "empty");
  }

  garbage = g_malloc (4096);
  for (guint i = 0; i < 4096; i++)
    garbage[i] = (char) g_test_rand_int_range (0, 256);
  {
    g_autofree char *path = write_in (fixture, "garbage.stackwise", garbage, 4096);

    assert_open_refused (fixture, path, NULL);
  }

  big = g_strnfill (SW_MEETING_FILE_MAX_BYTES + 1, ' ');
  {
    g_autofree char *path = write_in (fixture, "big.stackwise", big, -1);

    assert_open_refused (fixture, path, "too large");
  }

  /* A dataset is JSON, but not a meeting. */
  {
    g_autofree char *dataset = sw_test_data_path ("minimal.json", NULL);

    assert_open_refused (fixture, dataset, "not a meeting");
  }

  /* The good file still opens, and the meeting is as it was saved. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (good);
    g_autoptr(GError) error = NULL;

    g_assert_true (sw_window_load_meeting_file_file (fixture->window, file, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (sw_meeting_get_n_participants (sw_window_get_meeting (fixture->window)), ==,
                      n_participants);
  }
}

/* Things that are not files: a folder, a pipe, a device. A pipe would block
 * the window forever and /dev/zero never ends. */
static void
test_not_files (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.stackwise", NULL);
  g_autofree char *pipe = g_build_filename (fixture->dir, "pipe.stackwise", NULL);

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  assert_open_refused (fixture, folder, "folder");
  assert_dataset_open_refused (fixture, folder, "folder");

  g_assert_cmpint (mkfifo (pipe, 0644), ==, 0);
  assert_open_refused (fixture, pipe, "not a regular file");
  assert_dataset_open_refused (fixture, pipe, "not a regular file");

  if (g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      assert_open_refused (fixture, "/dev/zero", "not a regular file");
      assert_dataset_open_refused (fixture, "/dev/zero", "not a regular file");
    }
}

/* A file chosen in the file chooser is read afterwards: by then it may be
 * gone, replaced or unreadable. */
static void
test_changed_after_choosing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *chosen = save_meeting (fixture, "chosen.stackwise");
  g_autofree char *dataset = g_build_filename (fixture->dir, "chosen.json", NULL);
  g_autofree char *small = sw_test_data_path ("minimal.json", NULL);
  g_autofree char *small_text = sw_test_read_file (small);

  /* Modified since the save: a failed open must not lose that either. */
  sw_meeting_set_weight (sw_window_get_meeting (fixture->window), 2, 7.0);
  g_assert_true (g_file_set_contents (dataset, small_text, -1, NULL));

  /* Deleted. */
  g_assert_cmpint (g_remove (chosen), ==, 0);
  assert_open_refused (fixture, chosen, "does not exist");
  g_assert_cmpint (g_remove (dataset), ==, 0);
  assert_dataset_open_refused (fixture, dataset, "does not exist");

  /* Replaced by a link to nowhere (a file on a disk that was unplugged). */
  {
    g_autoptr(GFile) link = g_file_new_for_path (chosen);

    g_assert_true (g_file_make_symbolic_link (link, "/nonexistent/meeting.stackwise", NULL, NULL));
  }
  assert_open_refused (fixture, chosen, "does not exist");
  g_assert_cmpint (g_remove (chosen), ==, 0);

  /* Emptied, as by a program that is rewriting it right now. */
  g_assert_true (g_file_set_contents (chosen, "", 0, NULL));
  assert_open_refused (fixture, chosen, "empty");
  g_assert_true (g_file_set_contents (dataset, "", 0, NULL));
  assert_dataset_open_refused (fixture, dataset, "empty");

  /* Unreadable. root reads anything, so this part needs a user. */
  g_assert_true (g_file_set_contents (chosen, "{}", -1, NULL));
  g_assert_cmpint (g_chmod (chosen, 0), ==, 0);
  if (g_access (chosen, R_OK) != 0)
    {
      assert_open_refused (fixture, chosen, "permission denied");
      g_assert_true (g_file_set_contents (dataset, "{}", -1, NULL));
      g_assert_cmpint (g_chmod (dataset, 0), ==, 0);
      assert_dataset_open_refused (fixture, dataset, "permission denied");
    }
  else
    g_test_message ("unreadable files not tried: root reads them anyway");
  g_chmod (chosen, 0644);
  g_chmod (dataset, 0644);
}

/* Saving */

/* The meeting was saved to @path, then changed; a save that fails must keep
 * the file as it was (byte for byte, no temporary file left beside it), keep
 * the meeting marked unsaved, and say why. */
static void
assert_save_fails (Fixture    *fixture,
                   const char *path,
                   const char *reason)
{
  g_autofree char *before_file = sw_test_read_file (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before_dir = list_dir (dir);
  g_autofree char *before_state = state_of (fixture->window);
  g_autofree char *after_file = NULL;
  g_autofree char *after_dir = NULL;
  g_autofree char *after_state = NULL;

  g_assert_true (sw_meeting_get_modified (sw_window_get_meeting (fixture->window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-meeting", NULL));
  assert_message_shown (fixture->window, "cannot save");
  if (reason != NULL)
    assert_message_shown (fixture->window, reason);
  assert_message_shown (fixture->window, "the previous version is unchanged");
  dismiss_messages (fixture->window);

  after_file = sw_test_read_file (path);
  after_dir = list_dir (dir);
  after_state = state_of (fixture->window);
  g_assert_cmpstr (before_file, ==, after_file);
  g_assert_cmpstr (before_dir, ==, after_dir);
  g_assert_cmpstr (before_state, ==, after_state);
  g_assert_true (sw_meeting_get_modified (sw_window_get_meeting (fixture->window)));
}

static gboolean
is_saved (gpointer data)
{
  return !sw_meeting_get_modified (sw_window_get_meeting (data));
}

/* Once the fault is gone, saving works again (the file is written in a
 * thread: the meeting is marked saved when it is). */
static void
assert_save_works (Fixture    *fixture,
                   const char *path)
{
  g_autofree char *before = sw_test_read_file (path);
  g_autofree char *after = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-meeting", NULL));
  g_assert_true (sw_test_wait_until (is_saved, fixture->window, 5000));
  sw_test_iterate ();
  after = sw_test_read_file (path);
  g_assert_cmpstr (before, !=, after);
}

static void
test_save_read_only_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = save_meeting (fixture, "meeting.stackwise");

  sw_meeting_set_weight (sw_window_get_meeting (fixture->window), 2, 0.5);
  if (!make_read_only (fixture, fixture->dir))
    {
      g_test_skip ("cannot make a folder read-only here");
      return;
    }

  assert_save_fails (fixture, path, "permission denied");
  unlock (fixture);
  assert_save_works (fixture, path);
}

/* The file itself read-only in a folder that is not (root: immutable). For a
 * user, an atomic save may replace a read-only file, as editors do: that is
 * not a failure. */
static void
test_save_read_only_file (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = save_meeting (fixture, "meeting.stackwise");

  sw_meeting_set_weight (sw_window_get_meeting (fixture->window), 2, 0.5);
  if (geteuid () != 0 || !make_read_only (fixture, path))
    {
      g_test_skip ("a user may replace a read-only file in a folder of theirs");
      return;
    }

  assert_save_fails (fixture, path, NULL);
  unlock (fixture);
  assert_save_works (fixture, path);
}

/* A disk that fills up during the save. Without root, or a small file system
 * to mount, the test limits how large a file this process may write
 * (RLIMIT_FSIZE): the write fails partway exactly as it does on a full disk
 * (EFBIG instead of ENOSPC), through the same code. */
static void
test_save_disk_full (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = save_meeting (fixture, "meeting.stackwise");
  struct rlimit saved, limited;
  void (*saved_handler) (int);

  sw_meeting_set_notes (sw_window_get_meeting (fixture->window),
                         "A longer note, so that the file grows past what fits on the disk.");
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limited = saved;
  limited.rlim_cur = 200;
  saved_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limited), ==, 0);

  assert_save_fails (fixture, path, NULL);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, saved_handler);
  assert_save_works (fixture, path);
}

/* The folder of the open file went away (a USB stick pulled out). */
static void
test_save_folder_gone (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *stick = g_build_filename (fixture->dir, "stick", NULL);
  g_autofree char *path = g_build_filename (stick, "meeting.stackwise", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (g_mkdir (stick, 0755), ==, 0);
  g_assert_true (sw_window_save_meeting_file (fixture->window, file, &error));
  sw_meeting_set_weight (sw_window_get_meeting (fixture->window), 2, 0.5);
  sw_test_remove_tree (stick);

  before = state_of (fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.save-meeting", NULL));
  assert_message_shown (fixture->window, "the folder does not exist");
  dismiss_messages (fixture->window);
  after = state_of (fixture->window);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (stick, G_FILE_TEST_EXISTS));
}

/* Files nested too deeply */

typedef struct
{
  GType       type;
  GtkWindow  *found;
} Toplevel;

static gboolean
toplevel_shown (gpointer data)
{
  Toplevel *toplevel = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, toplevel->type) && gtk_widget_get_visible (GTK_WIDGET (item)))
        {
          toplevel->found = GTK_WINDOW (item);
          return TRUE;
        }
    }

  return FALSE;
}

static GtkWindow *
wait_for_toplevel (GType type)
{
  Toplevel toplevel = { type, NULL };

  if (!sw_test_wait_until (toplevel_shown, &toplevel, 5000))
    g_error ("no %s is shown", g_type_name (type));

  return toplevel.found;
}

/* The window asks before unsaved work could be lost; going on without
 * saving loses nothing until another meeting has loaded. */
static void
go_on_without_saving (void)
{
  GtkWindow *dialog = wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  gtk_window_destroy (dialog);
}

#ifndef __SANITIZE_ADDRESS__
typedef struct
{
  GtkFileChooser *chooser;
  GFile          *file;
} Chosen;

static gboolean
file_selected (gpointer data)
{
  Chosen *chosen = data;
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (chosen->chooser);

  return selected != NULL && g_file_equal (selected, chosen->file);
}

/* What a person does in the file chooser that Open shows: picks the file,
 * then Open. Without a portal, GtkFileChooserNative shows a dialog. */
static void
choose_in_file_chooser (const char *path)
{
  GtkWindow *dialog = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Chosen chosen = { GTK_FILE_CHOOSER (dialog), file };

  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_true (sw_test_wait_until (file_selected, &chosen, 5000));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
}
#endif

/* @levels times @open, a value, then the closing brackets. */
static char *
write_nested (Fixture    *fixture,
              const char *name,
              const char *open,
              const char *close,
              guint       levels)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < levels; i++)
    g_string_append (text, open);
  g_string_append_c (text, '1');
  for (guint i = 0; i < levels; i++)
    g_string_append (text, close);

  return write_in (fixture, name, text->str, text->len);
}

/* Drops @path on the window as a file manager would: through the window's
 * drop target, with the file list a drag from Files carries. */
static void
drop_file (Fixture    *fixture,
           const char *path)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GSList files = { file, NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;
  guint n_targets = 0;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &files);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_DROP_TARGET (controller))
        continue;
      n_targets++;
      g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
    }
  g_assert_cmpuint (n_targets, ==, 1);
  g_assert_true (dropped);
}

/* The files that crashed the window with the meeting in it: each door
 * refuses them with a message that names the file, the place and the
 * limit, and the meeting, unsaved changes included, is as it was. */
static void
test_nested_too_deeply (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *objects = write_nested (fixture, "deep.stackwise", "{\"a\":", "}", 100000);
  g_autofree char *lists = write_nested (fixture, "deep.json", "[", "]", 200000);
  const char *at_objects = "deep.stackwise:1:321: nested too deeply; lists and objects can be nested "
                           "at most 64 levels deep";
  const char *at_lists = "deep.json:1:65: nested too deeply; lists and objects can be nested "
                         "at most 64 levels deep";
  GApplication *app = fixture->app;
  g_autofree char *before = state_of (fixture->window);
  g_autofree char *after = NULL;

  g_assert_true (sw_meeting_get_modified (sw_window_get_meeting (fixture->window)));

#ifndef __SANITIZE_ADDRESS__
  /* File → Open, through the file chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-meeting", NULL));
  go_on_without_saving ();
  choose_in_file_chooser (objects);
  assert_message_shown (fixture->window, at_objects);
  dismiss_messages (fixture->window);
  after = state_of (fixture->window);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* Open Comparison, through the file chooser. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.open-dataset", NULL));
  choose_in_file_chooser (lists);
  assert_message_shown (fixture->window, at_lists);
  dismiss_messages (fixture->window);
  after = state_of (fixture->window);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);
#else
  /* GTK's file chooser loads GIO modules and folders that LeakSanitizer
   * reports at exit (none of it ours); the sanitizer run opens the files
   * through what the chooser's response calls, the plain run through the
   * chooser itself. */
  assert_open_refused (fixture, objects, at_objects);
  assert_dataset_open_refused (fixture, lists, at_lists);
#endif

  /* A file handed to the running app (a second `stackwise --meeting`, the
   * desktop): the application's actions. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-meeting", g_variant_new_string (objects));
  go_on_without_saving ();
  assert_message_shown (fixture->window, at_objects);
  dismiss_messages (fixture->window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-dataset", g_variant_new_string (lists));
  assert_message_shown (fixture->window, at_lists);
  dismiss_messages (fixture->window);

  /* Files dropped on the window from a file manager. */
  drop_file (fixture, objects);
  go_on_without_saving ();
  assert_message_shown (fixture->window, at_objects);
  dismiss_messages (fixture->window);
  drop_file (fixture, lists);
  assert_message_shown (fixture->window, at_lists);
  dismiss_messages (fixture->window);

  /* A meeting file door given the lists, a dataset door given the objects. */
  assert_open_refused (fixture, lists, "nested too deeply");
  assert_dataset_open_refused (fixture, objects, "nested too deeply");

  after = state_of (fixture->window);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sw_meeting_get_modified (sw_window_get_meeting (fixture->window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/stackwise/faults/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("bad-meeting-files", test_bad_meeting_files);
  ADD ("not-files", test_not_files);
  ADD ("changed-after-choosing", test_changed_after_choosing);
  ADD ("nested-too-deeply", test_nested_too_deeply);
  ADD ("save-read-only-folder", test_save_read_only_folder);
  ADD ("save-read-only-file", test_save_read_only_file);
  ADD ("save-disk-full", test_save_disk_full);
  ADD ("save-folder-gone", test_save_folder_gone);

#undef ADD

  return g_test_run ();
}
