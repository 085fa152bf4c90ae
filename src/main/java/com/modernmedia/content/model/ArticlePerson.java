package com.modernmedia.content.model;

import com.modernmedia.content.model.Person;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person in an article: quoted, with the title and affiliation used then, or mentioned. */
@Embeddable
public class ArticlePerson {

    /**
     * Eager, and joined when an article's people load: every read that shows the people shows who they are,
     * so loading them in the same statement saves a second one.
     */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "person_id")
    public Person person;

    public PersonRole role;

    public String title;

    public String affiliation;
}
