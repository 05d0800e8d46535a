package org.practiceassistant.check.rules;

/**
 * Where each criterion comes from: document, section and line in {@code /work/shared/seeds} (the
 * knowledge pack's originals). Kept in one place so a reviewer can check every criterion against its
 * source.
 */
final class Sources {

    static final String GLOSSARY_DANGER_STATEMENT =
            "practice-handbook.txt, 3 Glossary of terms, Danger Statement (line 83): \"a clear, jargon free statement setting out what we are worried about and what will be the impact on the child if nothing changes\"";
    static final String GLOSSARY_SAFETY_GOAL =
            "practice-handbook.txt, 3 Glossary of terms, Safety Goal (line 97): \"a clear, behaviourally specific, jargon free description ... what the members of the family or network will be doing\"";
    static final String GLOSSARY_PLAIN_LANGUAGE =
            "practice-handbook.txt, 3 Glossary of terms (line 76): \"clear, simple, and understandable language is used with families\"";
    static final String GLOSSARY_FAMILY_NETWORK =
            "practice-handbook.txt, 3 Glossary of terms, Family Network (line 88): \"All safety goals need to identify a safety network\"";
    static final String GLOSSARY_SCALING =
            "practice-handbook.txt, 3 Glossary of terms, Scaling Question (line 104): \"rate something on a scale of 0 to 10, where the 0 and 10 are clearly defined\"";
    static final String GLOSSARY_SAFETY_PLANNING =
            "practice-handbook.txt, 3 Glossary of terms, Safety Planning (line 103): \"The safety plan must address each danger or worry statement\"";
    static final String HANDBOOK_WORRY_PER_CONCERN =
            "practice-handbook.txt, Children with disabilities practice expectations (line 527): \"We will create a worry statement for each concern we have\"";
    static final String HANDBOOK_PLANS_JARGON_FREE =
            "practice-handbook.txt, Children Looked After practice expectations (line 448): \"All plans should be clear, jargon free ... define what the family will do on a day-to-day basis\"";
    static final String HANDBOOK_CP_CONTINGENCY =
            "practice-handbook.txt, Child Protection practice (line 405): \"a clear contingency plan in place detailing what will happen if the family are not able to carry out or sustain the safety plan\"";
    static final String HANDBOOK_SHARED_WITH_NETWORK =
            "practice-handbook.txt, Family Network Meetings (line 414): \"draft danger statements and safety goals will be shared with the family and the network\"";

    static final String PLAN_DANGER_STATEMENTS =
            "child-and-family-plan-mapping.txt, The Child and Family Plan (line 12): \"The danger statements should outline exactly what we are worried about and the potential impact on the child\"";
    static final String PLAN_SAFETY_GOALS =
            "child-and-family-plan-mapping.txt, The Child and Family Plan (line 13): \"clear and measurable outcomes ... achieved in the agreed timescales\"";
    static final String PLAN_WHO_WHAT_WHEN =
            "child-and-family-plan-mapping.txt, What should this include? (line 16): \"Details of who is doing what to achieve the safety goals within the agreed timescales\"";
    static final String PLAN_VOICE_OF_CHILD =
            "child-and-family-plan-mapping.txt, What should this include? (line 17): \"The voice of the child\"";
    static final String PLAN_BOTTOM_LINE =
            "child-and-family-plan-mapping.txt, What should this include? (line 19): \"The bottom line - the 'non negotiables' that must or must not happen to keep the child safe\"";
    static final String PLAN_CONTINGENCY =
            "child-and-family-plan-mapping.txt, What should this include? (line 20): \"A contingency plan to be followed if circumstances change significantly or if the safety goals are not met\"";
    static final String PLAN_VISITS_AND_REVIEW =
            "child-and-family-plan-mapping.txt, What should this include? (line 21): \"The frequency of social work visits and the process for review\"";
    static final String TEMPLATE_DANGER_FUTURE =
            "child-and-family-plan-mapping.txt, case mapping template, Analysis: Danger Statements (line 258): \"what are you worried will happen to the child if nothing changes\"";
    static final String TEMPLATE_SCALING =
            "child-and-family-plan-mapping.txt, case mapping template, Safety Scale (line 264): \"Clearly define 0 and 10 and that each person's view of the scale is clearly recorded\"";
    static final String TEMPLATE_CHILD_TIMESCALE =
            "child-and-family-plan-mapping.txt, case mapping template, Safety Goals (line 274): \"Considering the history, what is the child's timescale?\"";

    static final String STANDARD_SMART_GOALS =
            "practice-standards.txt, Risk is responded to (line 18): \"safety goals have timescales for delivery ... Bottom line is clear and where appropriate there is a contingency plan\"";
    static final String STANDARD_SHARED =
            "practice-standards.txt, Risk is responded to (line 19): \"Assessment and plans constructed with the child and family or carers and evidence they have been shared\"";
    static final String STANDARD_IDENTITY =
            "practice-standards.txt (line 33): \"the impact of identity; race; culture; religion; gender and sexuality is understood and taken into account in assessments and plans\"";
    static final String STANDARD_CHILD_VIEWS =
            "practice-standards.txt (line 32): \"The child's lived experience is apparent and their views and wishes and worries\"";

    static final String TEMPLATE_GUIDANCE_IMPACT =
            "mapping-template-guidance.txt, What are we worried about?, Impact Statement: \"specific to the child ... written in jargon free language that the family understands\"";
    static final String TEMPLATE_GUIDANCE_HARM =
            "mapping-template-guidance.txt, What are we worried about?: \"be clear and specific about what is happening, has happened or may happen to the child\"";

    static final String RUBRIC_CP_VISITS =
            "audit-rubric.txt, 7. Child protection planning, CP - visits: \"The child is visited in accordance with the plan\"";
    static final String RUBRIC_VOICE_OF_CHILD =
            "audit-rubric.txt, 4. Child centred practice, Voice of the Child: \"Child seen alone and provided with an opportunity to provide their views\"";

    private Sources() {}
}
