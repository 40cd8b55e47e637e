// "What is this?" beside a borrowed word (ADKAR, Rogers, Mager & Pipe...): a small button that opens a one-line
// explanation in a popover. React Aria handles focus, Escape and the dialog's name.
import { HelpCircle } from 'lucide-react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { glossary, type GlossaryTerm } from '../domain/glossary';
import './controls.css';

export function WhatIsThis({ term }: { term: GlossaryTerm }) {
  const entry = glossary[term];
  return (
    <DialogTrigger>
      <Button className="what-is-this no-print" aria-label={`What is ${entry.term}?`}>
        <HelpCircle size={16} aria-hidden="true" />
      </Button>
      <Popover className="what-is-this-popover" placement="bottom start" offset={6}>
        <Dialog className="what-is-this-dialog">
          <Heading slot="title" className="what-is-this-title">
            {entry.term}
          </Heading>
          <p>{entry.plain}</p>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

/** The same explanation as a caption, for places that print (charts, reports). */
export function Explained({ term }: { term: GlossaryTerm }) {
  const entry = glossary[term];
  return (
    <p className="small muted explained">
      <strong>{entry.term}:</strong> {entry.plain}
    </p>
  );
}
