// The link buttons of each kind of card. An annotation links forward (its event, its story or place); an event
// links to its annotation and its place; a map place or story links back to the annotation that points at it and
// that annotation's event, found by searching the content, so curators write each link once.
#pragma once
#include <string>
#include <vector>

#include "../content/content.h"
#include "card_layout.h"

namespace app {

std::vector<CardLink> annotation_links(const Annotation& annotation);
std::vector<CardLink> event_links(const Content& content, const TimelineEvent& event);
std::vector<CardLink> place_links(const Content& content, const std::string& place_id);
std::vector<CardLink> story_links(const Content& content, const std::string& story_id);

}  // namespace app
