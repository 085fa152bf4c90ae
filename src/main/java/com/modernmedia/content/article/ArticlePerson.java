package com.modernmedia.content.article;

import com.modernmedia.content.person.Person;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person in an article: quoted, with the title and affiliation used then, or mentioned. */
@Embeddable
public class ArticlePerson {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    public Person person;

    public PersonRole role;

    public String title;

    public String affiliation;
}
