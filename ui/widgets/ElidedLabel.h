// ElidedLabel: a one-line label that never asks for more width than it gets: a text too long for it
// ends in "…" and the whole text is its tooltip (the editing pane's title with a long key).
#pragma once

#include <QLabel>

namespace tessera::ui::widgets {

class ElidedLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace tessera::ui::widgets
