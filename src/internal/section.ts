/**
 * Set by a section that already has a heading for what it holds (AdviceArticle's
 * comments section): a widget inside it leaves out its own heading, so the page
 * gets one "15 Comments" heading, not two. The value is the section heading's
 * level (0: no such section), so the widget's own headings nest one below it.
 */
import * as React from 'react';

export const SectionHeadingLevel = React.createContext(0);
