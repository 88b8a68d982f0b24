#pragma once

class QDialog;
class QWidget;

namespace tf {

// What to do with a form that is closed with text not yet saved.
enum class UnsavedAnswer { Save, Discard, KeepEditing };

// Asks "Spara", "Stäng utan att spara" or "Avbryt" (also Escape) before a
// form with unsaved changes closes.
UnsavedAnswer askAboutUnsavedChanges(QWidget *parent);

// For a form's reject(): true when it may close, because nothing is unsaved
// or the user chose to close without saving. On "Spara" the form's accept()
// runs (it saves and closes, or stays open saying why) and false is returned.
bool mayCloseAfterAsking(QDialog *form, bool unsaved);

} // namespace tf
