id: triage
title: m-triage
source: {doc: doc-a}
start: acute
menu: 20
nodes:
  acute:
    kind: question
    title: m-acute
    text: m-acute-text
    choices:
      - key: yes
        label: m-yes
        next: emergency
      - key: no
        label: m-no
        next: age
  emergency:
    kind: outcome
    title: m-emergency
    final: true
    actions:
      - text: m-emergency-call
  age:
    kind: question
    title: m-age
    source: {doc: doc-b, section: m-sec-2}
    choices:
      - key: child
        label: m-age-child
        set: [minor]
        raise: [report]
        next: crime
      - key: adult
        label: m-age-adult
        next: crime
  crime:
    kind: question
    title: m-crime
    choices:
      - key: yes
        label: m-yes
        raise: [avert]
        next: triaged
      - key: no
        label: m-no
        next: triaged
      - key: child-only
        label: m-crime-child-only
        when: minor
        next: triaged
  triaged:
    kind: outcome
    title: m-triaged
    actions:
      - text: m-triaged-go-on
ÿm-doc-a = Document A
m-doc-b = Document B
m-sec-1 = Section one
m-sec-2 = Section two
m-duty-report = Duty to report
m-duty-report-text = Report to the service.
m-duty-avert = Duty to avert
m-duty-avert-text = Try to stop it.
m-case = The whole case
m-case-desc = Triage, then the rest.
m-case-triage = Triage
m-case-child = The child track
m-prepare = Prepare
m-prepare-room = A private room
m-prepare-interpreter = An interpreter
m-prepare-minor = A child-friendly room
m-read = Read this
m-read-text = Some text to read.
m-done = Done
m-done-always = Always do this.
m-done-minor = Do this for a child.
m-done-interpreter = Book the interpreter again.
m-triage = Triage
m-acute = Acute danger?
m-acute-text = Is anyone in danger now?
m-yes = Yes
m-no = No
m-emergency = Emergency
m-emergency-call = Call 112.
m-age = Could the person be under 18?
m-age-child = Yes, or unsure
m-age-adult = No
m-crime = A crime about to happen?
m-crime-child-only = Only shown for a child
m-triaged = Triage done
m-triaged-go-on = Go on with the case.
m-child = Child track
m-child-report = Report
m-child-report-text = Report to the child welfare service.
m-child-reported = Reported
m-child-call = Call the service today.
