#pragma once

#include <QLabel>

namespace tf {

// A strip across a view saying what went wrong, without taking the keyboard:
// unlike a message box it needs no answer, so typing goes on in the field it
// was going to. Hidden until there is a problem; hidden again once it is over.
class ProblemBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemBanner(QWidget *parent = nullptr);

    void showProblem(const QString &text);
    void clearProblem();
};

} // namespace tf
