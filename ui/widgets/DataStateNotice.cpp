#include "DataStateNotice.h"

namespace guichet {

DataStateNotice::DataStateNotice(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
}

void DataStateNotice::showState(DataState state, bool hasItems, const QString& emptyText)
{
    QString text;
    switch (state) {
    case DataState::Loading:
        if (!hasItems)
            text = tr("Loading… the first copy of your data is being fetched from the portal.");
        break;
    case DataState::Offline:
        text = hasItems ? tr("You are offline. This is the copy saved on this computer.")
                        : tr("You are offline and nothing is saved on this computer yet.");
        break;
    case DataState::Ready:
        if (!hasItems)
            text = emptyText;
        break;
    }
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

} // namespace guichet
